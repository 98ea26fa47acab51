package uk.lantern.simulator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.lantern.simulator.city.Figures;
import uk.lantern.simulator.city.Source;
import uk.lantern.simulator.city.SourcePlan;
import uk.lantern.simulator.city.SourceStepKind;
import uk.lantern.simulator.city.SourceTally;
import uk.lantern.simulator.city.StoryCounts;
import uk.lantern.simulator.feed.FeedCounts;
import uk.lantern.simulator.feed.SourceCounts;

/**
 * The one-line summary printed at the end of a run. {@code requestsSent}, {@code retries} and
 * {@code rejected} are totals over the sources fed; {@code feeds} gives them by source.
 */
record Summary(
        String mode,
        long seed,
        List<String> sources,
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
        long rejected,
        Map<String, SourceCounts> feeds,
        Interviews interviews,
        Cme cme,
        Cse cse,
        StoryCounts stories) {

    /**
     * @param cases returned episodes fed, each of which opens a case
     * @param leftWithNoOffer cases given neither an offer nor a decision not to offer
     */
    record Interviews(int cases, int offered, int accepted, int declined, int completed, int notOffered,
                      int leftWithNoOffer, int closed) {
    }

    record Cme(int notifications, int enquiries, int alternativeProvision, int alternativeProvisionBelow25Hours,
               int removals) {
    }

    record Cse(int concerns, int assessments, int policeSharing, int reviews, int closures) {
    }

    static Summary of(String mode, long seed, Set<Source> sources, Figures figures, FeedCounts episodeCounts,
                      SourcePlan plan, SourceTally tally, Map<Source, SourceCounts> sourceCounts) {
        Map<String, SourceCounts> feeds = new LinkedHashMap<>();
        if (sources.contains(Source.EPISODES)) {
            feeds.put(Source.EPISODES.optionName(), new SourceCounts(episodeCounts.requestsSent(),
                    episodeCounts.retries(), episodeCounts.rejected(), 0));
        }
        sourceCounts.forEach((source, counts) -> {
            if (sources.contains(source)) {
                feeds.put(source.optionName(), counts);
            }
        });
        boolean interviews = sources.contains(Source.INTERVIEWS);
        return new Summary(mode, seed, sources.stream().map(Source::optionName).toList(), figures.children(),
                figures.episodes(), figures.returns(), figures.regrades(), figures.closures(),
                figures.lookedAfterShare(), figures.lookedAfterEpisodeShare(), figures.topTenPercentShare(),
                figures.highRiskShare(), figures.returnedWithinTwoDaysShare(),
                feeds.values().stream().mapToLong(SourceCounts::requestsSent).sum(),
                feeds.values().stream().mapToLong(SourceCounts::retries).sum(),
                feeds.values().stream().mapToLong(SourceCounts::rejected).sum(),
                feeds,
                new Interviews(interviews ? plan.interviewCases() : 0, tally.count(SourceStepKind.OFFER),
                        tally.accepted(), tally.declined(), tally.count(SourceStepKind.INTERVIEW),
                        tally.count(SourceStepKind.NOT_OFFERED), interviews ? plan.casesLeftWithNoOffer() : 0,
                        tally.count(SourceStepKind.CASE_CLOSURE)),
                new Cme(tally.count(SourceStepKind.NOTIFICATION), tally.count(SourceStepKind.ENQUIRY),
                        tally.count(SourceStepKind.ALTERNATIVE_PROVISION), tally.belowThreshold(),
                        tally.count(SourceStepKind.REMOVAL)),
                new Cse(tally.count(SourceStepKind.CONCERN), tally.count(SourceStepKind.ASSESSMENT),
                        tally.count(SourceStepKind.POLICE_SHARING), tally.count(SourceStepKind.REVIEW),
                        tally.count(SourceStepKind.ASSESSMENT_CLOSURE)),
                plan.stories());
    }
}
