package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The erasures a child keeps: one per record, the latest, and only those that say when they were made. */
class ChildStateErasuresTest {

    private static final Instant T = Instant.parse("2026-11-18T10:00:00Z");
    private static final ChildState CHILD = ChildState.empty("child-1");

    private static Erasure caseOf(String episodeId, Instant at, String id) {
        return new Erasure("return-interview-service", "episodeId", episodeId, "WRONGLY_RECORDED", at, id);
    }

    @Test
    void the_same_erasure_again_changes_nothing() {
        var once = CHILD.withErased(List.of(caseOf("ep-1", T, "e-1")));

        assertThat(once.withErased(List.of(caseOf("ep-1", T, "e-1")))).isSameAs(once);
        assertThat(once.erasures()).hasSize(1);
    }

    @Test
    void a_record_erased_again_later_keeps_the_later_erasure_only_and_an_earlier_one_changes_nothing() {
        var first = CHILD.withErased(List.of(caseOf("ep-1", T, "e-1"), caseOf("ep-2", T, "e-2")));

        var again = first.withErased(List.of(caseOf("ep-1", T.plusSeconds(60), "e-3")));

        assertThat(again.erasures()).extracting(Erasure::erasureId).containsExactly("e-3", "e-2");
        assertThat(again.withErased(List.of(caseOf("ep-1", T, "e-1")))).isSameAs(again);
    }

    @Test
    void an_erasure_sent_before_erasures_said_when_is_not_kept() {
        assertThat(CHILD.withErased(List.of(Erasure.ofEpisode("ep-1", "RETENTION")))).isSameAs(CHILD);
    }

    @Test
    void an_event_recorded_before_the_erasure_is_the_erased_record_s_and_one_recorded_after_is_not() {
        var child = CHILD.withErased(List.of(caseOf("ep-1", T, "e-1")));
        var before = event("episodeId:ep-1", T.minusSeconds(1));
        var after = event("episodeId:ep-1", T.plusSeconds(1));
        var another = event("episodeId:ep-2", T.minusSeconds(1));

        assertThat(child.erasureOf(before)).isPresent();
        assertThat(child.erasureOf(after)).isEmpty();
        assertThat(child.erasureOf(another)).isEmpty();
    }

    private static StoredEvent event(String item, Instant recordedAt) {
        return new StoredEvent("ev", "return-interview-service|k|f", "return-interview-service",
                "lantern.return-interviews.v1", "InterviewOffered", recordedAt, recordedAt, null, null, null, item);
    }
}
