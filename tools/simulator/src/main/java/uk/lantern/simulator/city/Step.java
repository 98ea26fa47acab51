package uk.lantern.simulator.city;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/** One step of an episode's story: what happens, when, and what is recorded. */
public record Step(EpisodeStory story, StepKind kind) {

    /** Time order; ties by episode then by step order, so a plan always sorts the same way. */
    public static final Comparator<Step> CHRONOLOGICAL = Comparator.comparing(Step::at)
            .thenComparing(step -> step.story().key())
            .thenComparing(Step::kind);

    public Instant at() {
        return switch (kind) {
            case REPORT -> story.report().reportedAt();
            case REGRADE -> story.regrade().at();
            case RETURN -> story.returned().returnedAt();
            case CLOSURE -> story.closure().closedAt();
        };
    }

    /** What is recorded at this step. */
    public Object recorded() {
        return switch (kind) {
            case REPORT -> story.report();
            case REGRADE -> story.regrade();
            case RETURN -> story.returned();
            case CLOSURE -> story.closure();
        };
    }

    /** Derived from the seed and the story step only, so a re-run of the same seed creates no duplicates. */
    public String idempotencyKey() {
        return "lantern-sim-" + story.key() + "-" + kind.name().toLowerCase(Locale.ROOT);
    }
}
