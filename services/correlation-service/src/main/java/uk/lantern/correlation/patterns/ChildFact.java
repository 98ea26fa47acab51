package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One source-neutral fact about a child, as the pattern rules need it. Every fact carries the id of the event it
 * came from ({@code eventId}): that id is what an alert names as its evidence, and what makes a redelivered event
 * harmless. Facts hold no contract types; {@link ContractFacts} maps the wire contracts to them.
 */
public sealed interface ChildFact {

    String eventId();

    /** Missing from home, or missing from care (looked after). Never confused. */
    enum Context { MISSING_FROM_HOME, MISSING_FROM_CARE }

    enum RiskGrade { NO_APPARENT_RISK, LOW, MEDIUM, HIGH }

    /** Exploitation risk category, 1 to 4. */
    enum RiskCategory {
        NOT_AT_RISK, MILD, MODERATE, SIGNIFICANT;

        public boolean moderateOrAbove() {
            return this == MODERATE || this == SIGNIFICANT;
        }
    }

    /** A place normalisable for comparison; any part may be null. */
    record Place(String name, String postcode) {
    }

    /** Someone the child was with; any part may be null. */
    record Associate(String name, String phone, String vehicleRegistration) {
    }

    /** The start is when the child was last seen, else when reported. */
    record EpisodeReported(String eventId, String episodeId, Instant reportedAt, Instant lastSeenAt, Context context,
                           RiskGrade riskGrade, boolean childProtectionPlan, boolean lookedAfter) implements ChildFact {
        public Instant start() {
            return lastSeenAt != null ? lastSeenAt : reportedAt;
        }
    }

    record RiskRegraded(String eventId, String episodeId, RiskGrade riskGrade, Instant regradedAt) implements ChildFact {
    }

    record ChildReturned(String eventId, String episodeId, Instant returnedAt, Place place, List<Associate> associates)
            implements ChildFact {
        public ChildReturned {
            associates = associates == null ? List.of() : List.copyOf(associates);
        }
    }

    record EpisodeClosed(String eventId, String episodeId, Instant closedAt) implements ChildFact {
    }

    /**
     * A step of a return interview case that shows an offer was made or a decision recorded: any of them ends the
     * "not offered and no decision" gap.
     */
    record InterviewStep(String eventId, String episodeId, Step step, Instant at) implements ChildFact {
        public enum Step { OFFERED, ACCEPTED, DECLINED, DECIDED_NOT_TO_OFFER, CASE_CLOSED }
    }

    /** {@code exploitationIndicated}: a disclosure or at least one exploitation indicator was recorded. */
    record InterviewCompleted(String eventId, String episodeId, LocalDate completedOn, boolean exploitationIndicated,
                              Place whereabouts, List<Associate> associates) implements ChildFact {
        public InterviewCompleted {
            associates = associates == null ? List.of() : List.copyOf(associates);
        }
    }

    record AddedToCmeRegister(String eventId, String entryId, LocalDate addedOn) implements ChildFact {
    }

    record CmeEnquiryLogged(String eventId, String entryId, LocalDate madeOn) implements ChildFact {
    }

    record RemovedFromCmeRegister(String eventId, String entryId, LocalDate removedOn) implements ChildFact {
    }

    record ConcernRaised(String eventId, String concernId, Instant observedAt) implements ChildFact {
    }

    /** A completed assessment or a review of it: both are a completed assessment for the screening gap. */
    record AssessmentRecorded(String eventId, String assessmentId, Kind kind, Instant at, RiskCategory finalCategory,
                              LocalDate nextReviewDue) implements ChildFact {
        public enum Kind { COMPLETED, REVIEWED }
    }

    record AssessmentClosed(String eventId, String assessmentId, Instant closedAt) implements ChildFact {
    }
}
