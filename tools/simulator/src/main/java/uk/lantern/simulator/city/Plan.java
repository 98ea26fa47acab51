package uk.lantern.simulator.city;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The history to feed, as steps in time order. Steps up to the end of the history are due;
 * later steps of episodes already reported (children still missing, episodes not yet closed)
 * are pending: only a live run sends them, once their time has come.
 */
public record Plan(List<Step> due, List<Step> pending) {

    public Plan {
        due = List.copyOf(due);
        pending = List.copyOf(pending);
    }

    /** @param maxEpisodes keeps only the first episodes by report time; null for all */
    public static Plan of(List<EpisodeStory> stories, Instant end, Integer maxEpisodes) {
        List<EpisodeStory> reported = stories.stream()
                .filter(story -> !story.reportedAt().isAfter(end))
                .sorted(Comparator.comparing(EpisodeStory::reportedAt).thenComparing(EpisodeStory::key))
                .limit(maxEpisodes == null ? Long.MAX_VALUE : maxEpisodes)
                .toList();
        List<Step> due = new ArrayList<>();
        List<Step> pending = new ArrayList<>();
        for (EpisodeStory story : reported) {
            for (Step step : story.steps()) {
                (step.at().isAfter(end) ? pending : due).add(step);
            }
        }
        due.sort(Step.CHRONOLOGICAL);
        pending.sort(Step.CHRONOLOGICAL);
        return new Plan(due, pending);
    }
}
