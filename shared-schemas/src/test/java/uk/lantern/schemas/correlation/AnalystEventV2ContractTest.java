package uk.lantern.schemas.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.schemas.correlation.CorrelationSamples.AMELIA;
import static uk.lantern.schemas.correlation.CorrelationSamples.AMELIA_TOO;
import static uk.lantern.schemas.correlation.CorrelationSamples.CODEC_SETTINGS;
import static uk.lantern.schemas.correlation.CorrelationSamples.T0;
import static uk.lantern.schemas.correlation.CorrelationSamples.childRef;

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
 * lantern.analyst-feed.v2: what v1 had, plus the identity changes (ChildRefsJoined, ChildRefSplit, with the former
 * ref) and an associate who is another child, by ref alone. v1 stays as released, so it refuses both: they go on v2
 * only.
 */
class AnalystEventV2ContractTest {

    private final EventSchemas schemas = new EventSchemas();

    @Test
    void a_source_event_a_join_and_a_split_conform_to_v2_and_read_back_equal() {
        for (AnalystEventV2 event : List.of(CorrelationSamples.analystEventV2(),
                CorrelationSamples.minimalAnalystEventV2(), change(AnalystEventV2.CHILD_REFS_JOINED),
                change(AnalystEventV2.CHILD_REF_SPLIT))) {
            byte[] bytes = CODEC_SETTINGS.writeValueAsBytes(event);

            assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT_V2, CODEC_SETTINGS.readTree(bytes)))
                    .as(event.eventType()).isEmpty();
            assertThat(CODEC_SETTINGS.readValue(bytes, AnalystEventV2.class)).isEqualTo(event);
        }
    }

    @Test
    void a_source_event_has_no_former_ref_and_an_adult_associate_no_ref() {
        JsonNode written = CODEC_SETTINGS.valueToTree(CorrelationSamples.analystEventV2());

        assertThat(written.has("formerChildRef")).isFalse();
        assertThat(written.get("associates").get(0).has("childRef")).isFalse();
        assertThat(written.get("associates").get(1).propertyNames()).containsExactly("childRef");
    }

    @Test
    void the_refs_are_only_ever_pseudonyms() {
        assertThat(violations(change(AnalystEventV2.CHILD_REFS_JOINED), e -> e.put("formerChildRef", AMELIA_TOO)))
                .anyMatch(v -> v.contains("formerChildRef"));
        assertThat(violations(CorrelationSamples.analystEventV2(),
                e -> ((ObjectNode) e.get("associates").get(1)).put("childRef", "Amelia Jones")))
                .anyMatch(v -> v.contains("childRef"));
    }

    @Test
    void no_direct_identifier_of_a_child_can_be_added_at_any_level() {
        Map<String, String> identifiers = Map.of("givenName", "Amelia", "dateOfBirth", "2010-04-01", "nhsNumber",
                "9434765919", "childId", AMELIA, "sourceEventId", CorrelationSamples.RETURNED);

        identifiers.forEach((field, value) -> {
            assertThat(violations(CorrelationSamples.analystEventV2(), e -> e.put(field, value))).as(field)
                    .anyMatch(v -> v.contains(field));
            assertThat(violations(CorrelationSamples.analystEventV2(),
                    e -> ((ObjectNode) e.get("associates").get(1)).put(field, value))).as(field)
                    .anyMatch(v -> v.contains(field));
        });
    }

    @Test
    void v1_as_released_refuses_a_join_and_a_child_associate_which_is_why_they_are_on_v2_only() {
        ObjectNode joined = CODEC_SETTINGS.valueToTree(change(AnalystEventV2.CHILD_REFS_JOINED));
        ObjectNode returned = CODEC_SETTINGS.valueToTree(CorrelationSamples.analystEventV2());

        assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT, joined))
                .anyMatch(v -> v.contains("formerChildRef"))
                .anyMatch(v -> v.contains("correlation-service") || v.contains("source"));
        assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT, returned))
                .anyMatch(v -> v.contains("childRef"));
    }

    @Test
    void every_object_in_the_v2_schema_forbids_properties_it_does_not_name() {
        JsonNode schema = JsonMapper.builder().build().readTree(getClass().getClassLoader()
                .getResourceAsStream(CorrelationEventTypes.ANALYST_EVENT_V2.schemaPath()));
        List<String> open = new ArrayList<>();
        collectOpenObjects(schema, "$", open);

        assertThat(open).isEmpty();
        assertThat(schema.path("properties").size()).isEqualTo(AnalystEventV2.class.getRecordComponents().length);
        assertThat(schema.at("/properties/associates/items/properties").size())
                .isEqualTo(AnalystEventV2.Associate.class.getRecordComponents().length);
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

    private List<String> violations(AnalystEventV2 event, Consumer<ObjectNode> change) {
        ObjectNode value = CODEC_SETTINGS.valueToTree(event);
        change.accept(value);
        return schemas.violations(CorrelationEventTypes.ANALYST_EVENT_V2, value);
    }

    private static AnalystEventV2 change(String type) {
        return new AnalystEventV2("0c1d2e3f-4a5b-8c6d-8e7f-9a0b1c2d3e4f", childRef(AMELIA), "correlation-service",
                type, T0, null, null, null, null, null, null, List.of(), childRef(AMELIA_TOO));
    }
}
