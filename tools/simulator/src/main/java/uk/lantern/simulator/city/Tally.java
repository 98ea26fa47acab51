package uk.lantern.simulator.city;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** Counts the steps fed, safe to read from a shutdown hook while a live run goes on. */
public final class Tally {

    private static final Duration TWO_DAYS = Duration.ofDays(2);

    private final Map<String, Integer> episodesByChild = new HashMap<>();
    private final Set<String> lookedAfterChildren = new HashSet<>();
    private final Set<String> highRiskEpisodes = new HashSet<>();
    private int episodes;
    private int lookedAfterEpisodes;
    private int regrades;
    private int returns;
    private int returnsWithinTwoDays;
    private int closures;

    public synchronized void record(Step step) {
        EpisodeStory story = step.story();
        switch (step.kind()) {
            case REPORT -> {
                episodes++;
                episodesByChild.merge(story.child().key(), 1, Integer::sum);
                if (story.child().lookedAfter()) {
                    lookedAfterEpisodes++;
                    lookedAfterChildren.add(story.child().key());
                }
                markHighRisk(story, story.report().riskGrade());
            }
            case REGRADE -> {
                regrades++;
                markHighRisk(story, story.regrade().riskGrade());
            }
            case RETURN -> {
                returns++;
                Duration missing = Duration.between(story.report().lastSeen().at(), story.returned().returnedAt());
                if (missing.compareTo(TWO_DAYS) <= 0) {
                    returnsWithinTwoDays++;
                }
            }
            case CLOSURE -> closures++;
        }
    }

    public synchronized int episodes() {
        return episodes;
    }

    public synchronized Figures figures() {
        int children = episodesByChild.size();
        int topTenth = (int) Math.ceil(children / 10.0);
        int topEpisodes = episodesByChild.values().stream()
                .sorted(Comparator.reverseOrder())
                .limit(topTenth)
                .mapToInt(Integer::intValue)
                .sum();
        return new Figures(children, episodes, returns, regrades, closures,
                share(lookedAfterChildren.size(), children),
                share(lookedAfterEpisodes, episodes),
                share(topEpisodes, episodes),
                share(highRiskEpisodes.size(), episodes),
                share(returnsWithinTwoDays, returns));
    }

    private void markHighRisk(EpisodeStory story, RiskGrade grade) {
        if (grade == RiskGrade.HIGH) {
            highRiskEpisodes.add(story.key());
        }
    }

    private static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }
}
