package uk.lantern.schemas.correlation;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.schemas.correlation.CorrelationSamples.AMELIA;
import static uk.lantern.schemas.correlation.CorrelationSamples.AMELIA_TOO;
import static uk.lantern.schemas.correlation.CorrelationSamples.CODEC_SETTINGS;
import static uk.lantern.schemas.correlation.CorrelationSamples.T0;
import static uk.lantern.schemas.correlation.CorrelationSamples.childRef;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;
import uk.lantern.schemas.EventSchemas;

/**
 * The feed's two identity changes, ChildRefsJoined and ChildRefSplit: the former ref is a pseudonym like childRef,
 * optional, and an older reader that knows nothing of it still reads the event.
 */
class AnalystChildRefChangesContractTest {

    private final EventSchemas schemas = new EventSchemas();

    @Test
    void a_join_and_a_split_conform_to_the_schema_and_read_back_equal() {
        for (String type : List.of(AnalystEvent.CHILD_REFS_JOINED, AnalystEvent.CHILD_REF_SPLIT)) {
            var event = change(type);
            byte[] bytes = CODEC_SETTINGS.writeValueAsBytes(event);

            assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT, CODEC_SETTINGS.readTree(bytes)))
                    .as(type).isEmpty();
            assertThat(CODEC_SETTINGS.readValue(bytes, AnalystEvent.class)).isEqualTo(event);
        }
    }

    @Test
    void a_source_event_has_no_former_ref_and_still_reads_back_equal() {
        var event = CorrelationSamples.analystEvent();
        byte[] bytes = CODEC_SETTINGS.writeValueAsBytes(event);

        assertThat(event.formerChildRef()).isNull();
        assertThat(CODEC_SETTINGS.readTree(bytes).has("formerChildRef")).isFalse();
        assertThat(CODEC_SETTINGS.readValue(bytes, AnalystEvent.class)).isEqualTo(event);
    }

    @Test
    void the_former_ref_is_only_ever_a_pseudonym() {
        ObjectNode joined = CODEC_SETTINGS.valueToTree(change(AnalystEvent.CHILD_REFS_JOINED));
        joined.put("formerChildRef", AMELIA_TOO);

        assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT, joined))
                .anyMatch(v -> v.contains("formerChildRef"));
    }

    private static AnalystEvent change(String type) {
        return new AnalystEvent("0c1d2e3f-4a5b-3c6d-8e7f-9a0b1c2d3e4f", childRef(AMELIA), "correlation-service", type,
                T0, null, null, null, null, null, null, List.of(), childRef(AMELIA_TOO));
    }
}
