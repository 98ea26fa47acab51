package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.stream.SourceEvents.childReturned;
import static uk.lantern.correlation.stream.SourceEvents.episodeReported;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.profile.MaceScore;
import uk.lantern.correlation.profile.ProfileSettings;
import uk.lantern.schemas.Subject;

/**
 * A profile counts episodes in windows that move with the clock, so the child stage rebuilds it when its next count
 * would change, with no new event. Windows are London calendar days: in 2026 the clocks go forward on 29 March, so an
 * episode at 10:00 on 5 March (10:00 UTC) leaves the 30-day window at 10:00 on 4 April, which is 09:00 UTC.
 */
class ProfileKeepsUpWithTheClockTest {

    private static final Instant WALL_CLOCK = Instant.parse("2026-03-10T12:00:00Z");
    private static final Instant FIRST = Instant.parse("2026-03-05T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-03-09T10:00:00Z");
    private static final Instant FIRST_LEAVES_30_DAYS = Instant.parse("2026-04-04T09:00:00Z");
    private static final Instant FIRST_LEAVES_90_DAYS = Instant.parse("2026-06-03T09:00:00Z");
    private static final Duration TICK = Duration.ofSeconds(1);

    private TopologyHarness lantern = new TopologyHarness(WALL_CLOCK, false);
    private Instant clock = WALL_CLOCK;
    private final Subject amy = SourceEvents.AMY;

    @AfterEach
    void close() {
        lantern.close();
    }

    @Test
    void aProfileIsRepublishedWhenAnEpisodeLeavesAWindowWithNoNewEventAndOnlyThen() {
        // 1. Two episodes, both back home: two in the last 30 days, a MACE score of 2 × 5.
        lantern.send(episodeReported(amy, "ep-1", FIRST, false));
        lantern.send(childReturned(amy, "ep-1", FIRST.plus(Duration.ofHours(6)), null));
        lantern.send(episodeReported(amy, "ep-2", SECOND, false));
        lantern.send(childReturned(amy, "ep-2", SECOND.plus(Duration.ofHours(6)), null));
        advanceTo(clock.plus(TICK));
        assertThat(profiles()).hasSize(1);
        var first = last();
        assertThat(counts(first)).containsExactly(2, 2, 2);
        assertThat(first.path("maceScore").asInt()).isEqualTo(10);

        // 2. The wall clock reaches the second before the first episode is 30 London days old: nothing changes.
        advanceTo(FIRST_LEAVES_30_DAYS.minusMillis(1));
        assertThat(profiles()).as("still in the window: nothing is republished").hasSize(1);

        // 3. It passes that instant, an hour before 24-hour days would: the profile goes out again with one fewer.
        advanceTo(FIRST_LEAVES_30_DAYS);
        assertThat(profiles()).hasSize(2);
        var second = last();
        assertThat(counts(second)).containsExactly(1, 2, 2);
        assertThat(second.path("maceScore").asInt()).as("both still in the last 90 days").isEqualTo(10);
        assertThat(second.path("version").asLong()).isGreaterThan(first.path("version").asLong());

        // 4. Ticks with no change publish nothing.
        for (int i = 0; i < 5; i++) {
            advanceTo(clock.plus(TICK));
        }
        assertThat(profiles()).hasSize(2);

        // 5. Past the day the first leaves the 90-day window, the count and the MACE score both fall.
        advanceTo(FIRST_LEAVES_90_DAYS);
        var latest = last();
        assertThat(counts(latest)).containsExactly(0, 1, 2);
        assertThat(latest.path("maceScore").asInt()).isEqualTo(5);
    }

    @Test
    void theWindowsAndTheMaceWeightsAreTheDeploymentsSettings() {
        lantern.close();
        var weights = new MaceScore(40, 20, 10, 5, 3, 30, 20, 5, 10, 15);
        lantern = new TopologyHarness(WALL_CLOCK, new CorrelationSettings(MatchSettings.defaults(),
                PatternSettings.defaults(), TopologyHarness.ANALYST_KEY, TICK, false,
                CorrelationSettings.DEFAULT_PROFILE_MAX_BYTES, true, Duration.ofHours(1),
                new ProfileSettings(Period.ofDays(7), Period.ofDays(90), Period.ofDays(365), weights)));

        // 1. An episode five days before the wall clock: in a 7-day window, 3 to the score for it.
        lantern.send(episodeReported(amy, "ep-1", SECOND.minus(Duration.ofDays(4)), false));
        lantern.send(childReturned(amy, "ep-1", SECOND.minus(Duration.ofDays(4)).plus(Duration.ofHours(6)), null));
        advanceTo(clock.plus(TICK));
        assertThat(counts(last())).containsExactly(1, 1, 1);
        assertThat(last().path("maceScore").asInt()).isEqualTo(3);

        // 2. Seven London days after it started (10:00 on 12 March, still winter), it has left the short window.
        advanceTo(Instant.parse("2026-03-12T10:00:00Z"));
        assertThat(profiles()).hasSize(2);
        assertThat(counts(last())).containsExactly(0, 1, 1);
    }

    private void advanceTo(Instant wallClock) {
        lantern.advance(Duration.between(clock, wallClock));
        clock = wallClock;
    }

    private List<JsonNode> profiles() {
        return lantern.profileLog.stream()
                .map(r -> InternalJson.MAPPER.readTree(r.value()))
                .toList();
    }

    private JsonNode last() {
        var all = profiles();
        return all.get(all.size() - 1);
    }

    private static List<Integer> counts(JsonNode profile) {
        return List.of(profile.path("episodesLast30Days").asInt(), profile.path("episodesLast90Days").asInt(),
                profile.path("episodesLast365Days").asInt());
    }
}
