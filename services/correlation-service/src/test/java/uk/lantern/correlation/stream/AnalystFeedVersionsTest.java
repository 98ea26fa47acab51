package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.NOW;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.CorrelationEventTypes;

/**
 * The cut-over of the analyst feed: v2 carries everything; v1, as released, is written beside it with what v1 can
 * carry (the source events, under the same ids and refs), never an identity change, and not at all once the setting
 * turns it off.
 */
class AnalystFeedVersionsTest {

    private final EventSchemas schemas = new EventSchemas();
    /** Her NHS number and her UPN together: links the two children, which merge. */
    private final Subject amyBoth = new Subject(null, "9434765919", "A123456789012", null, "Amy", "Walsh", null,
            Subject.Sex.FEMALE, null);

    @Test
    void every_source_event_goes_to_v2_and_to_v1_with_the_same_id_and_ref_and_each_conforms_to_its_schema() {
        try (var lantern = new TopologyHarness(NOW, false)) {
            // 1. Two source events of two children that a third merges.
            lantern.send(SourceEvents.episodeReported(SourceEvents.AMY, "ep-1", NOW.minusSeconds(3600), false));
            lantern.send(SourceEvents.addedToCmeRegister(SourceEvents.AMY_AT_SCHOOL, "cme-1",
                    LocalDate.parse("2026-11-02")));
            lantern.send(SourceEvents.concernRaised(amyBoth, "concern-1", NOW.minusSeconds(60)));

            // 2. v2: three source events and the join.
            var v2 = read(lantern.analystLog);
            assertThat(v2).extracting(e -> e.path("eventType").asString()).containsExactly("EpisodeReported",
                    "ChildAddedToRegister", "ChildRefsJoined", "ConcernRaised");
            v2.forEach(e -> assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT_V2, e)).isEmpty());

            // 3. v1: the three source events, the same ids and refs, valid against v1 as released; no join.
            var v1 = read(lantern.analystV1Log);
            var v2SourceEvents = v2.stream().filter(e -> !e.path("eventType").asString().equals("ChildRefsJoined"))
                    .toList();
            assertThat(v1).isEqualTo(v2SourceEvents);
            v1.forEach(e -> assertThat(schemas.violations(CorrelationEventTypes.ANALYST_EVENT, e)).isEmpty());
            assertThat(lantern.analystV1Log).extracting(TestRecord::key)
                    .containsExactlyElementsOf(v1.stream().map(e -> e.path("childRef").asString()).toList());
        }
    }

    @Test
    void once_the_cut_over_turns_v1_off_nothing_is_written_to_it() {
        var v2Only = new CorrelationSettings(MatchSettings.defaults(), PatternSettings.defaults(),
                TopologyHarness.ANALYST_KEY, Duration.ofSeconds(1), false, CorrelationSettings.DEFAULT_PROFILE_MAX_BYTES,
                false);
        try (var lantern = new TopologyHarness(NOW, v2Only)) {
            lantern.send(SourceEvents.episodeReported(SourceEvents.AMY, "ep-1", NOW.minusSeconds(3600), false));

            assertThat(lantern.analystLog).hasSize(1);
            assertThat(lantern.analystV1Log).isEmpty();
        }
    }

    private static List<JsonNode> read(List<TestRecord<String, byte[]>> records) {
        return records.stream().map(r -> InternalJson.MAPPER.readTree(r.value())).toList();
    }
}
