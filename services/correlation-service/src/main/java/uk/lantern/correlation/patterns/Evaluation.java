package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What evaluating one child gives: alerts to raise (not open before), open alerts to clear (their condition no
 * longer holds), and when to evaluate the child again if no fact arrives (the next deadline), if any.
 */
public record Evaluation(List<Alert> raise, List<Alert> clear, Optional<Instant> nextEvaluationAt) {
    public Evaluation {
        raise = List.copyOf(raise);
        clear = List.copyOf(clear);
    }
}
