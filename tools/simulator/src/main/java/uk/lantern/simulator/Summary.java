package uk.lantern.simulator;

import uk.lantern.simulator.city.Figures;
import uk.lantern.simulator.feed.FeedCounts;

/** The one-line summary printed at the end of a run. */
record Summary(
        String mode,
        long seed,
        int children,
        int episodes,
        int returns,
        int regrades,
        int closures,
        double lookedAfterShare,
        double lookedAfterEpisodeShare,
        double topTenPercentShare,
        double highRiskShare,
        double returnedWithinTwoDaysShare,
        long requestsSent,
        long retries,
        long rejected) {

    static Summary of(String mode, long seed, Figures figures, FeedCounts counts) {
        return new Summary(mode, seed, figures.children(), figures.episodes(), figures.returns(),
                figures.regrades(), figures.closures(), figures.lookedAfterShare(),
                figures.lookedAfterEpisodeShare(), figures.topTenPercentShare(), figures.highRiskShare(),
                figures.returnedWithinTwoDaysShare(), counts.requestsSent(), counts.retries(), counts.rejected());
    }
}
