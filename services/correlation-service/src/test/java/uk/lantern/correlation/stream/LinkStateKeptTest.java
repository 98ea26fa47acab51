package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.patterns.SharedLinks;
import uk.lantern.schemas.Subject;

/**
 * A place or associate seen for years keeps only the sightings of the last two windows (90 days each), and a link
 * that lasts through them is neither cleared nor raised again; a key no one is seen with any more is deleted.
 */
class LinkStateKeptTest {

    private static final Instant START = Instant.parse("2025-06-02T10:00:00Z");
    private static final Duration TWO_WINDOWS = Duration.ofDays(180);

    private final TopologyHarness lantern = new TopologyHarness(START, false);
    private final Subject amy = SourceEvents.AMY;
    private final Subject ben = SourceEvents.BEN;
    private Instant now = START;

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aPlaceSeenForMoreThanAYearKeepsTwoWindowsOfSightingsAndItsLinkStaysOpenAsRaised() {
        Instant lastSeen = null;
        for (int round = 0; round < 20; round++) {
            found(amy, "a-" + round, "07700 900123");
            found(ben, "b-" + round, "07700 900123");
            lastSeen = now;
            pass(Duration.ofDays(20));
        }

        var raised = lantern.alerts("AlertRaised", "SHARED_LOCATION");
        assertThat(raised).as("one link for each child, raised once in 400 days").hasSize(2);
        assertThat(lantern.alerts("AlertCleared", "SHARED_LOCATION")).as("the link never ended").isEmpty();
        assertThat(lantern.alerts("AlertUpdated", "SHARED_LOCATION")).as("its start and evidence stay as raised")
                .isEmpty();
        assertThat(lantern.alerts("AlertCleared", "SHARED_ASSOCIATE")).isEmpty();
        assertThat(raised).allSatisfy(a -> assertThat(at(a, "raisedAt")).isBefore(START.plus(Duration.ofDays(1))));

        var postcode = sightings("POSTCODE:");
        Instant kept = lastSeen.minus(TWO_WINDOWS);
        assertThat(postcode).as("40 sightings in all; at most the 18 of the 180 days before the last kept")
                .hasSizeBetween(2, 18)
                .allSatisfy(s -> assertThat(s.at()).isAfterOrEqualTo(kept));
    }

    @Test
    void aKeyNoOneIsSeenWithAnyMoreIsDeletedOnceItsSightingsAreOlderThanTwoWindows() {
        found(amy, "a-1", "07700 900123");
        found(ben, "b-1", "07700 900123");
        assertThat(lantern.alerts("AlertRaised", "SHARED_ASSOCIATE")).hasSize(2);
        assertThat(sightings("PHONE:")).hasSize(2);

        pass(Duration.ofDays(91));
        assertThat(lantern.alerts("AlertCleared", "SHARED_ASSOCIATE")).as("out of the window").hasSize(2);
        assertThat(sightings("PHONE:")).as("still within two windows").hasSize(2);

        pass(Duration.ofDays(90));
        assertThat(keys("PHONE:")).as("nothing left to decide on").isEmpty();
        assertThat(keys("POSTCODE:")).isEmpty();
    }

    @Test
    void aSightingOlderThanTwoWindowsArrivingLateRaisesNothing() {
        pass(Duration.ofDays(400));
        Instant longAgo = now.minus(Duration.ofDays(300));
        lantern.send(episodeReported(amy, "ep-a", longAgo.minus(Duration.ofDays(1)), false));
        lantern.send(childReturned(amy, "ep-a", longAgo, "07700 900123"));
        lantern.send(episodeReported(ben, "ep-b", longAgo.minus(Duration.ofDays(1)), false));
        lantern.send(childReturned(ben, "ep-b", longAgo.plusSeconds(3600), "07700 900123"));

        assertThat(lantern.alerts("AlertRaised", "SHARED_ASSOCIATE")).isEmpty();
        assertThat(sightings("PHONE:")).isEmpty();
    }

    private void found(Subject child, String episodeId, String phone) {
        lantern.send(episodeReported(child, episodeId, now.minus(Duration.ofHours(6)), false));
        lantern.send(childReturned(child, episodeId, now.minus(Duration.ofHours(1)), phone));
    }

    private void pass(Duration time) {
        now = now.plus(time);
        lantern.advance(time);
    }

    private List<SharedLinks.Sighting> sightings(String keyPrefix) {
        KeyValueStore<String, LinkState> store = lantern.driver.getKeyValueStore(LinkProcessor.STATE);
        var found = new ArrayList<SharedLinks.Sighting>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> {
                if (kv.key.startsWith(keyPrefix)) {
                    found.addAll(kv.value.sightings());
                }
            });
        }
        return found;
    }

    private List<String> keys(String keyPrefix) {
        KeyValueStore<String, LinkState> store = lantern.driver.getKeyValueStore(LinkProcessor.STATE);
        var found = new ArrayList<String>();
        try (var all = store.all()) {
            all.forEachRemaining(kv -> {
                if (kv.key.startsWith(keyPrefix)) {
                    found.add(kv.key);
                }
            });
        }
        return found;
    }

    private static Instant at(JsonNode alert, String field) {
        return Instant.parse(alert.path("data").path(field).asString());
    }
}
