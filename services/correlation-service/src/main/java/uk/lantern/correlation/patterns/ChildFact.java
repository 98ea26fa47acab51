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

    /**
     * The raw category as reported: missing, or away from placement without authorisation (whereabouts known). Counted
     * apart (SSDA903: M and A).
     */
    enum Category { MISSING, AWAY_FROM_PLACEMENT }

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

    /**
     * Someone the child was with; any part may be null. {@code adult}: recorded as an adult or aged 18 or more; null
     * when neither is known (stored before associates had an age), which is not taken as adult.
     */
    record Associate(String name, String phone, String vehicleRegistration, Boolean adult) {
        public Associate(String name, String phone, String vehicleRegistration) {
            this(name, phone, vehicleRegistration, null);
        }

        public boolean knownAdult() {
            return Boolean.TRUE.equals(adult);
        }
    }

    /**
     * The child's allocated social worker and team as a source recorded them.
     *
     * @param name   the worker; null when the source gave only the team
     * @param team   the team; never blank
     * @param at     when the source recorded it: the event's occurredAt (its own time when read without an envelope)
     * @param source the service whose event carried it
     */
    record Allocation(String name, String team, Instant at, String source) {
    }

    /**
     * The start is when the child was last seen, else when reported. {@code category} is null only in facts stored
     * before it was kept (see {@link #legacy()}). {@code allocation} is null when the report carried none (and in
     * facts stored before it was kept).
     */
    record EpisodeReported(String eventId, String episodeId, Instant reportedAt, Instant lastSeenAt, Context context,
                           RiskGrade riskGrade, boolean childProtectionPlan, boolean lookedAfter, Category category,
                           Allocation allocation)
            implements ChildFact {
        public EpisodeReported(String eventId, String episodeId, Instant reportedAt, Instant lastSeenAt,
                               Context context, RiskGrade riskGrade, boolean childProtectionPlan, boolean lookedAfter) {
            this(eventId, episodeId, reportedAt, lastSeenAt, context, riskGrade, childProtectionPlan, lookedAfter,
                    Category.MISSING);
        }

        public EpisodeReported(String eventId, String episodeId, Instant reportedAt, Instant lastSeenAt,
                               Context context, RiskGrade riskGrade, boolean childProtectionPlan, boolean lookedAfter,
                               Category category) {
            this(eventId, episodeId, reportedAt, lastSeenAt, context, riskGrade, childProtectionPlan, lookedAfter,
                    category, null);
        }

        public Instant start() {
            return lastSeenAt != null ? lastSeenAt : reportedAt;
        }

        /** Away from placement without authorisation: whereabouts known. */
        public boolean away() {
            return category == Category.AWAY_FROM_PLACEMENT;
        }

        /**
         * Stored before Lantern kept the category and the episode service's need-to-know decision as facts: the
         * NeedToKnowRaised of such an episode was not kept, so the rule decides for it as it did then.
         */
        public boolean legacy() {
            return category == null;
        }
    }

    /**
     * The episode service decided that senior managers need to know (a child on a plan, looked after, or graded high
     * who is missing, not away). The one decision: the NEED_TO_KNOW alert follows it.
     */
    record NeedToKnowRaised(String eventId, String episodeId, Instant at, List<String> reasons) implements ChildFact {
        public NeedToKnowRaised {
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
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
     * A return interview case was opened, with its deadline: the return-interview service owns the deadline (72 hours
     * by its setting), so RHI_OVERDUE uses this one and no window of its own.
     */
    record InterviewCaseOpened(String eventId, String episodeId, Instant returnedAt, Instant deadline)
            implements ChildFact {
    }

    /**
     * A step of a return interview case. An offer and its acceptance are steps on the way; a decline, a decision not to
     * offer and the case's closure (which comes only after an outcome) are outcomes, as is a completed interview.
     */
    record InterviewStep(String eventId, String episodeId, Step step, Instant at) implements ChildFact {
        public enum Step {
            OFFERED, ACCEPTED, DECLINED, DECIDED_NOT_TO_OFFER, CASE_CLOSED;

            /** Ends the statutory clock: an offer alone does not. */
            public boolean outcome() {
                return this == DECLINED || this == DECIDED_NOT_TO_OFFER || this == CASE_CLOSED;
            }
        }
    }

    /**
     * {@code exploitationIndicated}: a disclosure or at least one exploitation indicator was recorded.
     * {@code completedAt}: when the interview took place; null for an interview published with its day only (v1), which
     * is read as the start of that day ({@link #at}).
     */
    record InterviewCompleted(String eventId, String episodeId, LocalDate completedOn, boolean exploitationIndicated,
                              Place whereabouts, List<Associate> associates, Instant completedAt) implements ChildFact {
        public InterviewCompleted {
            associates = associates == null ? List.of() : List.copyOf(associates);
        }

        public InterviewCompleted(String eventId, String episodeId, LocalDate completedOn,
                                  boolean exploitationIndicated, Place whereabouts, List<Associate> associates) {
            this(eventId, episodeId, completedOn, exploitationIndicated, whereabouts, associates, null);
        }

        /** When the interview took place; for a day-only interview, the start of that day in {@code zone}. */
        public Instant at(java.time.ZoneId zone) {
            return completedAt != null ? completedAt : completedOn.atStartOfDay(zone).toInstant();
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
    /** {@code allocation}: null when the completion or review carried none (v1, and facts stored before it). */
    record AssessmentRecorded(String eventId, String assessmentId, Kind kind, Instant at, RiskCategory finalCategory,
                              LocalDate nextReviewDue, Allocation allocation) implements ChildFact {
        public enum Kind { COMPLETED, REVIEWED }

        public AssessmentRecorded(String eventId, String assessmentId, Kind kind, Instant at,
                                  RiskCategory finalCategory, LocalDate nextReviewDue) {
            this(eventId, assessmentId, kind, at, finalCategory, nextReviewDue, null);
        }
    }

    record AssessmentClosed(String eventId, String assessmentId, Instant closedAt) implements ChildFact {
    }

    /**
     * The MACE panel flagged drift about the child when a meeting opened, for the meeting's chair to challenge.
     *
     * @param drift    ACTION_OVERDUE, ACTION_CARRIED_OVER, NO_CHANGE_IN_RISK or NOMINATED_NEVER_DISCUSSED
     * @param actionId the action, for the two action drifts; null otherwise
     */
    record MaceDriftFlagged(String eventId, String meetingId, String drift, String actionId, String chairName,
                            String chairAgency, Instant flaggedAt) implements ChildFact {

        public boolean aboutAnAction() {
            return actionId != null;
        }
    }

    /** A MACE action about the child was done ({@code done}) or cancelled. */
    record MaceActionClosed(String eventId, String actionId, boolean done, Instant closedAt) implements ChildFact {
    }

    /** The MACE panel discussed the child at a meeting and recorded its decision. */
    record MaceChildDiscussed(String eventId, String meetingId, Instant discussedAt) implements ChildFact {
    }
}
