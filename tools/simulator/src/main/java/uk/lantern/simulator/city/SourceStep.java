package uk.lantern.simulator.city;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/**
 * One request to the return-interview, CME register or exploitation-risk service.
 *
 * @param storyKey the interview case, register entry, concern or assessment this step belongs to;
 *                 stable across runs of the same seed
 * @param order the step's place in its story, so that steps at the same time keep their order
 * @param episodeStoryKey for interviews, the episode whose case this is; null otherwise
 * @param body the JSON body, as a map in a fixed order
 */
public record SourceStep(SourceStepKind kind, Instant at, String childKey, String storyKey, int order,
                         String episodeStoryKey, Object body) {

    public static final Comparator<SourceStep> CHRONOLOGICAL = Comparator.comparing(SourceStep::at)
            .thenComparing(SourceStep::storyKey)
            .thenComparingInt(SourceStep::order);

    public Source source() {
        return kind.source();
    }

    /** Derived from the seed and the story step only, so a re-run of the same seed creates no duplicates. */
    public String idempotencyKey() {
        return "lantern-sim-" + storyKey + "-" + order + "-" + kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The path with {@code {id}} replaced; left as is when the id is null (a dry run). */
    public String path(String id) {
        return id == null ? kind.path() : kind.path().replace("{id}", id);
    }
}
