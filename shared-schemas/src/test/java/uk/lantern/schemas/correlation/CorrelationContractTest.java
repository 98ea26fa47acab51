package uk.lantern.schemas.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lantern.schemas.correlation.CorrelationSamples.alertEvents;
import static uk.lantern.schemas.correlation.CorrelationSamples.hotspotEvents;
import static uk.lantern.schemas.correlation.CorrelationSamples.identityDecisions;
import static uk.lantern.schemas.correlation.CorrelationSamples.identityEvents;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.UndecodableEventException;

/** The enveloped topics of the correlation service: alerts, identity, and the reviewers' decisions. */
class CorrelationContractTest {

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_alert_identity_and_decision_event_conforms_to_its_schema_and_reads_back_equal() {
        assertConformsAndReadsBack(CorrelationTopics.ALERTS, alertEvents());
        assertConformsAndReadsBack(CorrelationTopics.HOTSPOTS, hotspotEvents());
        assertConformsAndReadsBack(CorrelationTopics.IDENTITY, identityEvents());
        assertConformsAndReadsBack(CorrelationTopics.IDENTITY_DECISIONS, identityDecisions());
    }

    @Test
    void an_alert_names_the_child_as_lantern_holds_them_and_leaves_out_what_it_does_not_hold() {
        JsonNode subject = json.readTree(codec.encode(alertEvents().get(0))).get("subject");

        assertThat(subject.get("nhsNumber").asString()).isEqualTo("9434765919");
        assertThat(subject.get("givenName").asString()).isEqualTo("Amelia");
        assertThat(subject.has("upn")).isFalse();
        assertThat(json.readTree(codec.encode(identityDecisions().get(0))).get("subject").isEmpty()).isTrue();
    }

    @Test
    void an_alert_reads_the_same_with_and_without_the_allocated_worker_added_after_release() {
        // The shape a reader written before the field gets: no allocatedWorker, read as before.
        var old = codec.decode(CorrelationTopics.ALERTS, codec.encode(alertEvents().get(0)));
        assertThat(((AlertRaised) old.data()).allocatedWorker()).isNull();
        assertThat(json.readTree(codec.encode(alertEvents().get(0))).get("data").has("allocatedWorker")).isFalse();
        // The new shape: the worker and team, read back; v1's schema takes it (an open object, an optional field).
        var named = codec.decode(CorrelationTopics.ALERTS, codec.encode(alertEvents().get(3)));
        assertThat(((AlertRaised) named.data()).allocatedWorker().team()).isEqualTo("North team");
        assertThat(named.schemaVersion()).isEqualTo(1);
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(3),
                data -> ((ObjectNode) data.get("allocatedWorker")).remove("team"), "team");
    }

    @Test
    void a_mace_drift_alert_is_version_2_and_version_1_refuses_its_code() {
        assertThat(alertEvents().get(5).schemaVersion()).isEqualTo(2);
        ObjectNode asV1 = (ObjectNode) codec.tree(alertEvents().get(5));
        asV1.put("schemaVersion", 1);
        assertThatThrownBy(() -> codec.decode(CorrelationTopics.ALERTS, json.writeValueAsBytes(asV1)))
                .isInstanceOf(UndecodableEventException.class).hasMessageContaining("code");
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(5), data -> data.put("code", "GUT_FEELING"), "code");
    }

    @Test
    void an_alert_without_its_due_date_is_refused_with_a_reason_naming_the_field() {
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(0), data -> data.remove("dueBy"), "dueBy");
    }

    @Test
    void an_alert_without_evidence_or_without_anyone_to_act_is_refused() {
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(0), data -> data.putArray("evidence"), "evidence");
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(0), data -> data.putArray("actors"), "actors");
    }

    @Test
    void a_code_severity_or_actor_outside_the_known_lists_is_refused_by_name() {
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(0), data -> data.put("code", "GUT_FEELING"), "code");
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(0), data -> data.put("severity", "CRITICAL"),
                "severity");
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(0),
                data -> data.putArray("actors").add("HEAD_TEACHER"), "actors");
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(2), data -> data.put("code", "rhi_overdue"), "code");
    }

    @Test
    void only_a_possible_same_child_alert_waits_in_the_review_queue_without_a_due_date() {
        assertThat(CorrelationSamples.possibleSameChild().dueBy()).isNull();
        assertThat(codec.decode(CorrelationTopics.ALERTS, codec.encode(alertEvents().get(1))).data())
                .isEqualTo(CorrelationSamples.possibleSameChild());
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(0), data -> data.remove("dueBy"), "dueBy");
    }

    @Test
    void a_possible_same_child_alert_without_the_other_child_is_refused() {
        assertRefused(CorrelationTopics.ALERTS, alertEvents().get(1), data -> data.remove("relatedChildId"),
                "relatedChildId");
    }

    @Test
    void a_resolution_decision_or_link_reason_outside_the_known_lists_is_refused() {
        assertRefused(CorrelationTopics.IDENTITY, identityEvents().get(1), data -> data.put("decision", "ALREADY_KNOWN"),
                "decision");
        assertRefused(CorrelationTopics.IDENTITY, identityEvents().get(1),
                data -> ((ObjectNode) data.get("links").get(0)).put("reason", "HUNCH"), "reason");
        assertRefused(CorrelationTopics.IDENTITY, identityEvents().get(1),
                data -> ((ObjectNode) data.get("links").get(0)).remove("recordB"), "recordB");
    }

    @Test
    void a_review_item_without_its_score_or_the_second_child_is_refused() {
        assertRefused(CorrelationTopics.IDENTITY, identityEvents().get(2), data -> data.remove("score"), "score");
        assertRefused(CorrelationTopics.IDENTITY, identityEvents().get(2), data -> data.remove("childB"), "childB");
    }

    @Test
    void a_confirm_or_reject_must_name_both_records_and_an_unlink_only_one() {
        assertRefused(CorrelationTopics.IDENTITY_DECISIONS, identityDecisions().get(0), data -> data.remove("recordB"),
                "recordB");
        assertRefused(CorrelationTopics.IDENTITY_DECISIONS, identityDecisions().get(0),
                data -> data.put("decision", "REJECT").remove("recordB"), "recordB");
        assertRefused(CorrelationTopics.IDENTITY_DECISIONS, identityDecisions().get(1),
                data -> data.put("recordB", CorrelationSamples.LA_RECORD), "recordB");
        assertRefused(CorrelationTopics.IDENTITY_DECISIONS, identityDecisions().get(0),
                data -> data.put("decision", "MERGE"), "decision");
        assertRefused(CorrelationTopics.IDENTITY, identityEvents().get(3), data -> data.remove("recordB"), "recordB");
    }

    @Test
    void a_forgotten_record_names_its_child_the_erasure_and_what_it_withdrew() {
        for (String field : List.of("recordId", "childId", "erasureId", "forgottenAt", "reason", "reviewsWithdrawn",
                "moves")) {
            assertRefused(CorrelationTopics.IDENTITY, identityEvents().get(5), data -> data.remove(field), field);
        }
        assertRefused(CorrelationTopics.IDENTITY, identityEvents().get(6),
                data -> ((ObjectNode) data.get("moves").get(0)).remove("toChild"), "toChild");
    }

    @Test
    void the_schemas_enumerate_exactly_the_known_values() {
        JsonNode definitions = json.readTree(getClass().getClassLoader()
                .getResourceAsStream("schemas/correlation/definitions.v1.json")).get("$defs");

        assertThat(names(definitions.at("/alertCode/enum"))).containsExactly("NEED_TO_KNOW", "RHI_OVERDUE",
                "REPEAT_MISSING", "MISSING_AND_CME", "MISSING_WITH_EXPLOITATION_RISK", "SCREENING_GAP",
                "ASSESSMENT_REVIEW_OVERDUE", "SHARED_ASSOCIATE", "SHARED_LOCATION", "CME_ENQUIRY_STALLED",
                "POSSIBLE_SAME_CHILD");
        assertThat(names(definitions.at("/severity/enum"))).containsExactly("LOW", "MEDIUM", "HIGH", "URGENT");
        assertThat(names(definitions.at("/actor/enum"))).containsExactly("MISSING_COORDINATOR", "SENIOR_MANAGERS",
                "RETURN_INTERVIEW_PROVIDER", "CME_OFFICER", "SOCIAL_WORKER", "POLICE_EXPLOITATION_TEAM",
                "POLICE_ANALYST", "MACE_PANEL");
        assertThat(names(definitions.at("/identityDecision/enum"))).containsExactly("CONFIRM", "REJECT", "UNLINK");
        assertThat(names(definitions.at("/linkReason/enum"))).containsExactly("STRONG_ID", "PROBABILISTIC",
                "CONFIRMED");
        assertThat(names(definitions.at("/resolutionDecision/enum"))).containsExactly("LINKED",
                "POSSIBLE_SAME_CHILD", "NEW");
    }

    private <D extends EventData> void assertConformsAndReadsBack(Topic<D> topic,
                                                                  List<? extends Envelope<? extends D>> events) {
        for (Envelope<? extends D> event : events) {
            byte[] bytes = codec.encode(event);
            EventType<?> type = topic.eventType(event.eventType(), event.schemaVersion()).orElseThrow();

            assertThat(schemas.violations(type, json.readTree(bytes))).as(event.eventType()).isEmpty();
            assertThat(codec.decode(topic, bytes)).as(event.eventType()).isEqualTo(event);
        }
    }

    private void assertRefused(Topic<?> topic, Envelope<?> valid, Consumer<ObjectNode> change, String field) {
        ObjectNode message = (ObjectNode) codec.tree(valid);
        change.accept((ObjectNode) message.get("data"));

        assertThatThrownBy(() -> codec.decode(topic, json.writeValueAsBytes(message)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining(field);
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }
}
