package uk.lantern.schemas.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.schemas.correlation.CorrelationSamples.CODEC_SETTINGS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.schemas.EventSchemas;

/**
 * lantern.analyst-feed.v1 goes to police analysts: pseudonymous and allow-listed. The schema refuses any field it
 * does not name, at every level, so a direct identifier of the child added by mistake cannot pass.
 */
class AnalystFeedContractTest {

    private final EventSchemas schemas = new EventSchemas();

    @Test
    void an_analyst_event_written_as_the_codec_writes_conforms_to_its_schema_and_reads_back_equal() {
        for (AnalystEvent event : List.of(CorrelationSamples.analystEvent(), CorrelationSamples.minimalAnalystEvent())) {
            byte[] bytes = CODEC_SETTINGS.writeValueAsBytes(event);

            assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT, CODEC_SETTINGS.readTree(bytes)))
                    .as(event.eventType()).isEmpty();
            assertThat(CODEC_SETTINGS.readValue(bytes, AnalystEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void a_name_is_refused_at_the_top_level_in_the_place_and_in_an_associate() {
        assertThat(violations(event -> event.put("givenName", "Amelia"))).anyMatch(v -> v.contains("givenName"));
        assertThat(violations(event -> ((ObjectNode) event.get("place")).put("givenName", "Amelia")))
                .anyMatch(v -> v.contains("givenName"));
        assertThat(violations(event -> ((ObjectNode) event.get("associates").get(0)).put("givenName", "Amelia")))
                .anyMatch(v -> v.contains("givenName"));
    }

    @Test
    void no_direct_identifier_of_the_child_can_be_added() {
        Map<String, String> identifiers = Map.of("givenName", "Amelia", "familyName", "Jones", "dateOfBirth",
                "2010-04-01", "nhsNumber", "9434765919", "upn", "A12345678901B", "localAuthorityPersonId", "LA-000123",
                "policePersonId", "PP-55821", "childId", CorrelationSamples.AMELIA, "postcode", "PE1 2AB", "address",
                "1 High Street");

        identifiers.forEach((field, value) ->
                assertThat(violations(event -> event.put(field, value))).as(field).anyMatch(v -> v.contains(field)));
        assertThat(violations(event -> ((ObjectNode) event.get("place")).put("postcode", "PE1 4LZ")))
                .anyMatch(v -> v.contains("postcode"));
    }

    @Test
    void a_place_carries_the_postcode_district_only() {
        assertThat(violations(event -> ((ObjectNode) event.get("place")).put("postcodeDistrict", "PE1 4LZ")))
                .anyMatch(v -> v.contains("postcodeDistrict"));
        assertThat(violations(event -> ((ObjectNode) event.get("place")).put("postcodeDistrict", "SW1A"))).isEmpty();
    }

    @Test
    void the_child_is_only_ever_a_pseudonym() {
        assertThat(violations(event -> event.put("childRef", CorrelationSamples.AMELIA)))
                .anyMatch(v -> v.contains("childRef"));
        assertThat(violations(event -> event.put("childRef", "la:LA-000123"))).anyMatch(v -> v.contains("childRef"));
        assertThat(violations(event -> event.remove("childRef"))).anyMatch(v -> v.contains("childRef"));
    }

    @Test
    void the_same_child_has_the_same_ref_and_another_child_another() {
        assertThat(CorrelationSamples.childRef(CorrelationSamples.AMELIA))
                .isEqualTo(CorrelationSamples.childRef(CorrelationSamples.AMELIA))
                .isNotEqualTo(CorrelationSamples.childRef(CorrelationSamples.AMELIA_TOO));
    }

    @Test
    void every_object_in_the_schema_forbids_properties_it_does_not_name() {
        JsonNode schema = JsonMapper.builder().build().readTree(getClass().getClassLoader()
                .getResourceAsStream(CorrelationEventTypes.ANALYST_EVENT.schemaPath()));
        List<String> open = new ArrayList<>();
        collectOpenObjects(schema, "$", open);

        assertThat(open).isEmpty();
        assertThat(schema.path("properties").size()).isEqualTo(AnalystEvent.class.getRecordComponents().length);
    }

    private static void collectOpenObjects(JsonNode schema, String path, List<String> open) {
        if (schema.has("properties") || "object".equals(schema.path("type").asString())) {
            if (!schema.path("additionalProperties").isBoolean() || schema.get("additionalProperties").asBoolean()) {
                open.add(path);
            }
        }
        for (Map.Entry<String, JsonNode> property : schema.path("properties").properties()) {
            collectOpenObjects(property.getValue(), path + "." + property.getKey(), open);
        }
        if (schema.has("items")) {
            collectOpenObjects(schema.get("items"), path + "[]", open);
        }
    }

    private List<String> violations(Consumer<ObjectNode> change) {
        ObjectNode value = CODEC_SETTINGS.valueToTree(CorrelationSamples.analystEvent());
        change.accept(value);
        return schemas.violations(CorrelationEventTypes.ANALYST_EVENT, value);
    }
}
