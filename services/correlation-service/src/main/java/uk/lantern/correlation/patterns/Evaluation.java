package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What evaluating one child gives: alerts to raise (not open before), open alerts to clear (their condition no
 * longer holds), open alerts whose evidence or dates changed (same id, as they now stand), and when to evaluate the
 * child again if no fact arrives (the next deadline), if any.
 */
public record Evaluation(List<Alert> raise, List<Alert> clear, List<Alert> update,
                         Optional<Instant> nextEvaluationAt) {
    public Evaluation {
        raise = List.copyOf(raise);
        clear = List.copyOf(clear);
        update = List.copyOf(update);
    }

    public Evaluation(List<Alert> raise, List<Alert> clear, Optional<Instant> nextEvaluationAt) {
        this(raise, clear, List.of(), nextEvaluationAt);
    }

    /** Open alerts whose id is still active but whose content differs: the active version of each. */
    static List<Alert> updates(List<Alert> active, java.util.Collection<Alert> open) {
        var openById = new java.util.HashMap<String, Alert>();
        open.forEach(alert -> openById.put(alert.id(), alert));
        return active.stream()
                .filter(alert -> openById.containsKey(alert.id()) && !openById.get(alert.id()).equals(alert))
                .toList();
    }
}
