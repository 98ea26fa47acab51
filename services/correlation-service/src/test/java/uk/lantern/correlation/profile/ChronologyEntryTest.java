package uk.lantern.correlation.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChronologyEntryTest {

    private static final Instant DAY_ONE = Instant.parse("2026-11-01T09:00:00Z");

    @Test
    void is_every_entry_once_oldest_first_then_by_event_id() {
        var b = entry("ev-b", "ChildReturned", DAY_ONE.plusSeconds(86_400));
        var a = entry("ev-a", "ChildReturned", DAY_ONE.plusSeconds(86_400));
        var first = entry("ev-z", "EpisodeReported", DAY_ONE);

        assertThat(ChronologyEntry.oldestFirst(List.of(b, first, a, b))).containsExactly(first, a, b);
    }

    @Test
    void an_entry_without_a_time_comes_last() {
        var undated = entry("ev-a", "ChildReturned", null);
        var dated = entry("ev-b", "EpisodeReported", DAY_ONE);

        assertThat(ChronologyEntry.oldestFirst(List.of(undated, dated))).containsExactly(dated, undated);
    }

    private static ChronologyEntry entry(String eventId, String eventType, Instant occurredAt) {
        return new ChronologyEntry(eventId, "missing-episode-service", eventType, occurredAt, occurredAt, "record-1");
    }
}
