package uk.lantern.schemas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();
    private final EventSchemas schemas = new EventSchemas();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_missing_episode_event_a_producer_builds_conforms_to_its_schema_and_reads_back_equal() {
        for (Envelope<? extends MissingEpisodeEvent> event : ContractSamples.missingEpisodeEvents()) {
            byte[] bytes = codec.encode(event);
            EventType<?> type = Topics.MISSING_EPISODES.eventType(event.eventType(), event.schemaVersion()).orElseThrow();

            assertThat(schemas.violations(type, json.readTree(bytes))).as(event.eventType()).isEmpty();
            assertThat(codec.decode(Topics.MISSING_EPISODES, bytes)).isEqualTo(event);
        }
    }

    @Test
    void absent_identifiers_are_left_out_rather_than_written_as_null() {
        JsonNode subject = json.readTree(codec.encode(ContractSamples.missingEpisodeEvents().get(0))).get("subject");

        assertThat(subject.has("upn")).isFalse();
        assertThat(subject.get("dateOfBirth").asString()).isEqualTo("2010-04-01");
    }

    @Test
    void a_message_missing_a_required_field_is_refused_with_a_reason_naming_the_field() {
        ObjectNode message = (ObjectNode) codec.tree(ContractSamples.missingEpisodeEvents().get(0));
        ((ObjectNode) message.get("data")).remove("riskGrade");

        assertThatThrownBy(() -> codec.decode(Topics.MISSING_EPISODES, json.writeValueAsBytes(message)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("riskGrade");
    }

    /**
     * Found by the event fuzzer: "" passes the schema (formats are not asserted), reads as null, and the envelope
     * threw; a NUL or spaces where EpisodeClosed's closedAt is due read as null too, and the correlation service's
     * child stage failed on it.
     */
    @Test
    void an_empty_or_impossible_time_in_the_envelope_is_refused_not_a_crash() {
        for (String value : new String[] {"", "2026-02-30T10:00:00Z", "2026-03-29T01:30:00"}) {
            for (String field : new String[] {"recordedAt", "occurredAt"}) {
                ObjectNode message = (ObjectNode) codec.tree(ContractSamples.missingEpisodeEvents().get(0));
                message.put(field, value);

                assertThatThrownBy(() -> codec.decode(Topics.MISSING_EPISODES, json.writeValueAsBytes(message)))
                        .as(field + "=" + value).isInstanceOf(UndecodableEventException.class);
            }
        }
    }

    @Test
    void a_blank_or_nul_date_time_in_the_data_is_refused_not_read_as_null() {
        for (String value : new String[] {"", " ", "\u0000", "\t"}) {
            ObjectNode message = (ObjectNode) codec.tree(ContractSamples.missingEpisodeEvents().get(0));
            ((ObjectNode) message.get("data").get("lastSeen")).put("at", value);

            assertThatThrownBy(() -> codec.decode(Topics.MISSING_EPISODES, json.writeValueAsBytes(message)))
                    .as("lastSeen.at=" + value).isInstanceOf(UndecodableEventException.class);
        }
    }

    /**
     * Found by the event fuzzer: an assessment's nextReviewDue of +999999999-12-31 passed the schema and the codec,
     * and the correlation service's child stage failed adding days to it. Formats are now asserted.
     */
    @Test
    void dates_and_times_outside_rfc_3339_are_refused_naming_the_field() {
        for (String value : new String[] {"+999999999-12-31T23:59:59Z", "2026-02-30T10:00:00Z", "2026-03-29T01:30:00",
                "yesterday"}) {
            ObjectNode message = (ObjectNode) codec.tree(ContractSamples.missingEpisodeEvents().get(0));
            message.put("occurredAt", value);

            assertThatThrownBy(() -> codec.decode(Topics.MISSING_EPISODES, json.writeValueAsBytes(message)))
                    .as("occurredAt=" + value).isInstanceOf(UndecodableEventException.class)
                    .hasMessageContaining("occurredAt");
        }
    }

    @Test
    void a_message_from_care_without_its_placement_is_refused() {
        ObjectNode message = (ObjectNode) codec.tree(ContractSamples.missingEpisodeEvents().get(0));
        ((ObjectNode) message.get("data").get("context")).remove("placingAuthority");

        assertThatThrownBy(() -> codec.decode(Topics.MISSING_EPISODES, json.writeValueAsBytes(message)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("placingAuthority");
    }

    @Test
    void an_unknown_event_type_or_version_is_refused_by_name() {
        ObjectNode message = (ObjectNode) codec.tree(ContractSamples.missingEpisodeEvents().get(0));
        message.put("schemaVersion", 9);

        assertThatThrownBy(() -> codec.decode(Topics.MISSING_EPISODES, json.writeValueAsBytes(message)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("unknown event type EpisodeReported v9");
    }

    @Test
    void bytes_that_are_not_json_are_refused() {
        assertThatThrownBy(() -> codec.decode(Topics.MISSING_EPISODES, "{not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableEventException.class)
                .hasMessageContaining("not JSON");
    }

    @Test
    void a_reader_ignores_fields_added_by_a_newer_producer() {
        ObjectNode message = (ObjectNode) codec.tree(ContractSamples.missingEpisodeEvents().get(0));
        ((ObjectNode) message.get("data")).put("someFutureField", "x");

        Envelope<MissingEpisodeEvent> read = codec.decode(Topics.MISSING_EPISODES, json.writeValueAsBytes(message));

        assertThat(read.data()).isInstanceOf(EpisodeReported.class);
    }
}
