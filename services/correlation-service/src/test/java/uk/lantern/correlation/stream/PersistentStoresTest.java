package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.child;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import uk.lantern.schemas.Subject;

/** The production store configuration (RocksDB, changelogged) through the same paths: serdes, range scans, timers. */
class PersistentStoresTest {

    private static final Instant NOW = Instant.parse("2026-11-18T10:00:00Z");

    @Test
    void rocksDbStoresCarryIdentityChildrenLinksAndTimers() {
        Subject amy = child("9434765919", "Amy", "Walsh", "2011-03-14");
        Subject ben = child("9434765870", "Ben", "Carter", "2010-07-02");
        try (var lantern = new TopologyHarness(NOW, true)) {
            Instant returned = NOW.minus(Duration.ofHours(72)).plusSeconds(5);
            lantern.send(episodeReported(amy, "ep-1", returned.minus(Duration.ofHours(3)), false));
            lantern.send(childReturned(amy, "ep-1", returned, "07700 900123"));
            lantern.send(SourceEvents.interviewCaseOpened(amy, "ep-1", returned));
            lantern.send(episodeReported(ben, "ep-2", NOW.minus(Duration.ofDays(1)), false));
            lantern.send(childReturned(ben, "ep-2", NOW.minus(Duration.ofHours(20)), "07700900123"));
            lantern.send(episodeReported(amy, "ep-1", returned.minus(Duration.ofHours(3)), false));

            lantern.advance(Duration.ofSeconds(6));

            assertThat(lantern.alerts("AlertRaised", "SHARED_ASSOCIATE")).hasSize(2);
            assertThat(lantern.alerts("AlertRaised", "RHI_OVERDUE")).hasSize(1);
            assertThat(lantern.driver.producedTopicNames()).anyMatch(t -> t.endsWith("child-state-changelog"));
        }
    }
}
