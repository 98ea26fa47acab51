package uk.lantern.simulator;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import uk.lantern.simulator.city.EpisodeStory;
import uk.lantern.simulator.city.LiveStories;
import uk.lantern.simulator.city.Plan;
import uk.lantern.simulator.city.Source;
import uk.lantern.simulator.city.SourceStep;
import uk.lantern.simulator.city.SourceTally;
import uk.lantern.simulator.city.Step;
import uk.lantern.simulator.city.StepKind;
import uk.lantern.simulator.city.Tally;
import uk.lantern.simulator.feed.Feed;
import uk.lantern.simulator.feed.SourceFeed;

/** Feeds the history as fast as the service allows, then, if asked, keeps the city going live. */
final class Simulation {

    private final Feed feed;
    private final Tally tally;
    private final Set<String> missingChildren = new HashSet<>();

    Simulation(Feed feed, Tally tally) {
        this.feed = feed;
        this.tally = tally;
    }

    void feedHistory(Plan plan) throws InterruptedException {
        for (Step step : plan.due()) {
            send(step);
        }
    }

    /**
     * Sends the steps of the chosen sources in time order, after the episodes (an interview case
     * is opened by the return of its episode).
     */
    static void feedSources(List<SourceStep> steps, Set<Source> sources, SourceFeed feed, SourceTally tally)
            throws InterruptedException {
        for (SourceStep step : steps) {
            if (sources.contains(step.source()) && feed.send(step)) {
                tally.record(step);
            }
        }
    }

    /**
     * Sends the history's pending steps when their time comes and new episodes, reported "now", at
     * about {@code rate} a minute, until interrupted or {@code maxEpisodes} have been reported and
     * nothing is left pending.
     */
    void goLive(Plan plan, LiveStories live, double rate, double speed, Integer maxEpisodes, WallClock clock)
            throws InterruptedException {
        PriorityQueue<Step> queue = new PriorityQueue<>(Step.CHRONOLOGICAL);
        queue.addAll(plan.pending());
        Instant nextEpisodeAt = clock.now().plus(live.nextGap(rate));
        while (true) {
            boolean moreEpisodes = maxEpisodes == null || tally.episodes() < maxEpisodes;
            if (!moreEpisodes && queue.isEmpty()) {
                return;
            }
            Instant wakeAt = moreEpisodes ? nextEpisodeAt : queue.peek().at();
            if (!queue.isEmpty() && queue.peek().at().isBefore(wakeAt)) {
                wakeAt = queue.peek().at();
            }
            clock.sleepUntil(wakeAt);
            Instant now = clock.now();
            if (moreEpisodes && !nextEpisodeAt.isAfter(now)) {
                EpisodeStory story = live.next(now, child -> !missingChildren.contains(child.key()));
                if (story != null) {
                    queue.addAll(story.hastened(speed).steps());
                }
                nextEpisodeAt = now.plus(live.nextGap(rate));
            }
            while (!queue.isEmpty() && !queue.peek().at().isAfter(now)) {
                send(queue.poll());
            }
        }
    }

    private void send(Step step) throws InterruptedException {
        if (!feed.send(step)) {
            return;
        }
        tally.record(step);
        String child = step.story().child().key();
        if (step.kind() == StepKind.REPORT) {
            missingChildren.add(child);
        } else if (step.kind() == StepKind.RETURN) {
            missingChildren.remove(child);
        }
    }
}
