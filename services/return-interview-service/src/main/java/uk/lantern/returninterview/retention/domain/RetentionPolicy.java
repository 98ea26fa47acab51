package uk.lantern.returninterview.retention.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import uk.lantern.returninterview.interview.domain.InterviewCase;

/**
 * When a case's retention period has passed. The clock starts at the closure; a case with an outcome (the interview
 * carried out, the offer declined, a decision not to offer) but never closed starts it at that outcome, its last
 * event (after an outcome only the closure can be recorded); a case still awaiting an outcome is never due: it is
 * the gap that must show, on the provider's worklist and in the timeliness table. Due means at or after the start
 * plus the period, counted in calendar years and days (UTC), so the edge is exact.
 */
public record RetentionPolicy(Period interviewCases) {

    public RetentionPolicy {
        if (interviewCases == null || interviewCases.isNegative() || interviewCases.isZero()) {
            throw new IllegalArgumentException("a retention period must be positive: " + interviewCases);
        }
    }

    /** Cases whose clock started at or before this instant are due now. */
    public Instant cutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(interviewCases).toInstant();
    }

    public static Optional<Instant> clockStartsAt(InterviewCase c) {
        if (c.closure() != null) {
            return Optional.of(c.closure().closedAt());
        }
        if (c.interview() != null) {
            return Optional.of(c.interview().completedAt());
        }
        if (c.decisionNotToOffer() != null) {
            return Optional.of(c.decisionNotToOffer().decidedAt());
        }
        if (c.answer() != null && !c.awaitingOutcome()) {
            return Optional.of(c.answer().at()); // declined
        }
        return Optional.empty();
    }

    public boolean due(InterviewCase c, Instant now) {
        return clockStartsAt(c).map(start -> !start.isAfter(cutoff(now))).orElse(false);
    }
}
