package uk.lantern.simulator.city;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * One missing episode from report to closure.
 *
 * @param key stable and unique across runs of the same seed; idempotency keys derive from it
 * @param regrade null when the grade never changed
 * @param returned null while the child is still missing
 * @param closure null while the episode is open
 */
public record EpisodeStory(String key, Child child, EpisodeReport report, Regrade regrade, Return returned,
                           Closure closure) {

    public List<Step> steps() {
        List<Step> steps = new ArrayList<>(4);
        steps.add(new Step(this, StepKind.REPORT));
        if (regrade != null) {
            steps.add(new Step(this, StepKind.REGRADE));
        }
        if (returned != null) {
            steps.add(new Step(this, StepKind.RETURN));
        }
        if (closure != null) {
            steps.add(new Step(this, StepKind.CLOSURE));
        }
        return steps;
    }

    public Instant reportedAt() {
        return report.reportedAt();
    }

    public EpisodeStory withPoliceReference(String reference) {
        return new EpisodeStory(key, child, report.withPoliceReference(reference), regrade, returned, closure);
    }

    /**
     * The same story with everything after the report happening {@code factor} times sooner,
     * so that a live run shows returns and closures within minutes rather than days.
     */
    public EpisodeStory hastened(double factor) {
        if (factor == 1.0) {
            return this;
        }
        Regrade hastenedRegrade = regrade == null ? null
                : new Regrade(regrade.riskGrade(), sooner(regrade.at(), factor), regrade.by(), regrade.reason());
        Return hastenedReturn = returned == null ? null
                : new Return(sooner(returned.returnedAt(), factor), returned.location(), returned.associates(),
                        returned.how(), returned.recordedBy());
        Closure hastenedClosure = closure == null ? null
                : new Closure(sooner(closure.closedAt(), factor), closure.closedBy());
        return new EpisodeStory(key, child, report, hastenedRegrade, hastenedReturn, hastenedClosure);
    }

    private Instant sooner(Instant at, double factor) {
        long seconds = Duration.between(reportedAt(), at).toSeconds();
        return reportedAt().plusSeconds((long) (seconds / factor)).truncatedTo(ChronoUnit.SECONDS);
    }
}
