package uk.lantern.simulator.city;

/**
 * How often a child goes missing in a year. Most children go missing once. Looked-after children
 * go missing far more (6.8 incidents each nationally, 65% more than once), and about a third of
 * them go missing often, so that the top tenth of children account for about half of all episodes.
 */
final class RepeatMissing {

    private static final double LOOKED_AFTER_ONCE = 0.35;
    private static final double LOOKED_AFTER_OFTEN = 0.30;
    private static final double AT_HOME_ONCE = 0.80;

    private RepeatMissing() {
    }

    static int episodesPerYear(boolean lookedAfter, Pick pick) {
        double draw = pick.between(0.0, 1.0);
        if (lookedAfter) {
            if (draw < LOOKED_AFTER_ONCE) {
                return 1;
            }
            if (draw < LOOKED_AFTER_ONCE + LOOKED_AFTER_OFTEN) {
                return 8 + (int) Math.min(60, pick.exponential(10));
            }
            return 2 + (int) pick.exponential(1.5);
        }
        return draw < AT_HOME_ONCE ? 1 : 2 + (int) Math.min(20, pick.exponential(1.5));
    }
}
