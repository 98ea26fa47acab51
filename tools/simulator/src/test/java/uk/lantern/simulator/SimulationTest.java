package uk.lantern.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.lantern.simulator.city.City;
import uk.lantern.simulator.city.CitySettings;
import uk.lantern.simulator.city.Plan;
import uk.lantern.simulator.city.Step;
import uk.lantern.simulator.city.StepKind;
import uk.lantern.simulator.city.Tally;
import uk.lantern.simulator.feed.Feed;
import uk.lantern.simulator.feed.FeedCounts;

class SimulationTest {

    private static final Instant START_OF_TODAY = Instant.parse("2026-11-22T00:00:00Z");

    /** A clock that jumps to the wake-up time instead of sleeping. */
    private static final class JumpingClock implements WallClock {
        private Instant now;

        JumpingClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant now() {
            return now;
        }

        @Override
        public void sleepUntil(Instant wakeAt) {
            if (wakeAt.isAfter(now)) {
                now = wakeAt;
            }
        }
    }

    private record Sent(Step step, Instant at) {
    }

    /** Records each step with the clock's time when it was sent. */
    private static final class RecordingFeed implements Feed {
        private final List<Sent> sent = new ArrayList<>();
        private final WallClock clock;

        RecordingFeed(WallClock clock) {
            this.clock = clock;
        }

        @Override
        public boolean send(Step step) {
            sent.add(new Sent(step, clock.now()));
            return true;
        }

        @Override
        public FeedCounts counts() {
            return new FeedCounts(sent.size(), 0, 0);
        }
    }

    @Test
    void aLiveRunSendsEachStepOnlyOnceItsTimeHasComeAndStopsAtTheCap() throws Exception {
        City city = City.generate(new CitySettings(42, 60, 30, START_OF_TODAY));
        Plan plan = city.plan(null);
        JumpingClock clock = new JumpingClock(START_OF_TODAY.plusSeconds(9 * 3600));
        RecordingFeed feed = new RecordingFeed(clock);
        Tally tally = new Tally();
        Simulation simulation = new Simulation(feed, tally);

        simulation.feedHistory(plan);
        int historyEpisodes = tally.figures().episodes();
        simulation.goLive(plan, city.live(clock.now()), 2, 30, historyEpisodes + 25, clock);

        List<Sent> live = feed.sent.subList(plan.due().size(), feed.sent.size());
        assertThat(live).allSatisfy(sent -> assertThat(sent.step().at()).isBeforeOrEqualTo(sent.at()));
        assertThat(live).extracting(sent -> sent.step().at()).isSorted();
        assertThat(tally.figures().episodes()).isEqualTo(historyEpisodes + 25);
        assertThat(live).extracting(Sent::step).containsAll(plan.pending());
        assertThat(storiesWith(live, StepKind.CLOSURE)).containsAll(storiesWith(live, StepKind.REPORT));
    }

    @Test
    void noChildIsReportedMissingWhileStillMissing() throws Exception {
        City city = City.generate(new CitySettings(3, 5, 10, START_OF_TODAY));
        Plan plan = city.plan(null);
        JumpingClock clock = new JumpingClock(START_OF_TODAY);
        RecordingFeed feed = new RecordingFeed(clock);
        Tally tally = new Tally();
        Simulation simulation = new Simulation(feed, tally);

        simulation.feedHistory(plan);
        simulation.goLive(plan, city.live(clock.now()), 30, 1, tally.episodes() + 40, clock);

        Set<String> missing = new HashSet<>();
        for (Sent sent : feed.sent) {
            String child = sent.step().story().child().key();
            if (sent.step().kind() == StepKind.REPORT) {
                assertThat(missing.add(child)).as(child + " reported while missing").isTrue();
            } else if (sent.step().kind() == StepKind.RETURN) {
                missing.remove(child);
            }
        }
        assertThat(tally.episodes()).isGreaterThanOrEqualTo(40);
    }

    private static Set<String> storiesWith(List<Sent> sent, StepKind kind) {
        return sent.stream()
                .filter(one -> one.step().kind() == kind)
                .map(one -> one.step().story().key())
                .collect(Collectors.toSet());
    }
}
