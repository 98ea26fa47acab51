package uk.lantern.simulator.city;

/**
 * What was fed, in the figures people ask for.
 *
 * @param lookedAfterShare share of the children who went missing who are looked after
 * @param topTenPercentShare share of episodes belonging to the tenth of children who went missing most
 * @param highRiskShare share of episodes graded high at some point
 */
public record Figures(
        int children,
        int episodes,
        int returns,
        int regrades,
        int closures,
        double lookedAfterShare,
        double lookedAfterEpisodeShare,
        double topTenPercentShare,
        double highRiskShare,
        double returnedWithinTwoDaysShare) {
}
