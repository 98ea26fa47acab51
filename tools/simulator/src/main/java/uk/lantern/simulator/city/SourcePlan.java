package uk.lantern.simulator.city;

import java.util.List;

/**
 * What the other three sources receive for a plan of episodes, in time order, and the stories it tells.
 *
 * @param interviewCases returned episodes of the plan, each of which opens an interview case
 * @param casesLeftWithNoOffer cases with neither an offer nor a decision not to offer (the gap that must show)
 */
public record SourcePlan(List<SourceStep> steps, int interviewCases, int casesLeftWithNoOffer, StoryCounts stories) {

    public SourcePlan {
        steps = List.copyOf(steps);
    }
}
