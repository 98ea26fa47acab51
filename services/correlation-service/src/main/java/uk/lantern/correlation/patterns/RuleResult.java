package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What one rule finds at one instant: the alerts whose condition holds, and its next deadline after now. */
public record RuleResult(List<Alert> active, Optional<Instant> nextEvaluationAt) {

    public RuleResult {
        active = List.copyOf(active);
    }

    static RuleResult none() {
        return new RuleResult(List.of(), Optional.empty());
    }

    /** Collects alerts and deadlines; keeps only deadlines strictly after now. */
    static final class Builder {
        private final Instant now;
        private final List<Alert> active = new ArrayList<>();
        private Instant next;

        Builder(Instant now) {
            this.now = now;
        }

        Builder alert(Alert alert) {
            active.add(alert);
            return this;
        }

        Builder deadline(Instant at) {
            if (at != null && at.isAfter(now) && (next == null || at.isBefore(next))) {
                next = at;
            }
            return this;
        }

        RuleResult build() {
            active.sort(Comparator.comparing(Alert::id));
            return new RuleResult(active, Optional.ofNullable(next));
        }
    }
}
