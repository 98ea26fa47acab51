package uk.lantern.schemas.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.lantern.schemas.correlation.CorrelationSamples.alertWorkEvents;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;

/** {@code lantern.alert-work.v1}: what people did about alerts, and the escalations when nobody did. */
class AlertWorkContractTest {

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_alert_work_event_conforms_to_its_schema_and_reads_back_equal() {
        for (Envelope<? extends AlertWorkEvent> event : alertWorkEvents()) {
            byte[] bytes = codec.encode(event);
            EventType<?> type = Topics.ALERT_WORK.eventType(event.eventType(), event.schemaVersion()).orElseThrow();

            assertThat(schemas.violations(type, json.readTree(bytes))).as(event.eventType()).isEmpty();
            assertThat(codec.decode(Topics.ALERT_WORK, bytes)).as(event.eventType()).isEqualTo(event);
        }
        assertThat(Topics.ALERT_WORK.eventTypes()).extracting(EventType::name).containsExactly("AlertAcknowledged",
                "AlertAssigned", "AlertResolved", "AlertEscalated");
        assertThat(Topics.ALERT_WORK.owner()).isEqualTo("correlation-service");
        assertThat(Topics.all()).contains(Topics.ALERT_WORK);
    }

    @Test
    void each_event_names_the_alert_the_child_the_code_who_acted_and_when() {
        List<String> common = List.of("alertId", "childId", "code");
        assertEachRefused(0, common, "severity", "level", "escalatedTo", "escalatedAt", "waitedSeconds");
        assertEachRefused(1, common, "acknowledgedBy", "acknowledgedAt", "publishedAt");
        assertEachRefused(2, common, "assignee", "assignedTo", "assignedBy", "assignedAt");
        assertEachRefused(3, common, "outcome", "resolvedBy", "resolvedAt");
    }

    @Test
    void a_resolution_carries_no_free_text_only_an_outcome_from_the_closed_list() {
        refused(3, data -> data.put("note", "Spoke to the carer; child safe"), "note");
        refused(3, data -> data.put("outcome", "Spoke to the carer"), "outcome");

        JsonNode outcomes = definitions().at("/outcome/enum");
        assertThat(names(outcomes)).containsExactly("ACTION_TAKEN", "NO_FURTHER_ACTION", "REFERRED", "DUPLICATE")
                .containsExactlyElementsOf(Arrays.stream(AlertResolved.Outcome.values()).map(Enum::name).toList());
    }

    @Test
    void an_assignment_is_to_a_person_or_a_team_and_an_escalation_is_to_a_step_of_the_chain() {
        refused(2, data -> data.put("assignee", "AGENCY"), "assignee");
        assertThat(names(definitions().at("/assignee/enum"))).containsExactlyElementsOf(
                Arrays.stream(AlertAssigned.Assignee.values()).map(Enum::name).toList());
        refused(0, data -> data.put("level", 0), "level");
        refused(0, data -> data.put("waitedSeconds", -1), "waitedSeconds");
        refused(0, data -> data.put("code", "GUT_FEELING"), "code");
    }

    @Test
    void the_envelope_names_no_child_beyond_the_lantern_child_id() {
        for (Envelope<? extends AlertWorkEvent> event : alertWorkEvents()) {
            JsonNode message = json.readTree(codec.encode(event));
            assertThat(message.get("subject").isEmpty()).as(event.eventType()).isTrue();
        }
    }

    private void assertEachRefused(int sample, List<String> common, String... fields) {
        List<String> all = new ArrayList<>(common);
        all.addAll(List.of(fields));
        for (String field : all) {
            refused(sample, data -> data.remove(field), field);
        }
    }

    private void refused(int sample, Consumer<ObjectNode> change, String field) {
        ObjectNode message = (ObjectNode) codec.tree(alertWorkEvents().get(sample));
        change.accept((ObjectNode) message.get("data"));

        assertThatThrownBy(() -> codec.decode(Topics.ALERT_WORK, json.writeValueAsBytes(message)))
                .as(field).isInstanceOf(UndecodableEventException.class).hasMessageContaining(field);
    }

    private JsonNode definitions() {
        return json.readTree(getClass().getClassLoader()
                .getResourceAsStream("schemas/correlation/alert-work-definitions.v1.json")).get("$defs");
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asString()));
        return names;
    }
}
