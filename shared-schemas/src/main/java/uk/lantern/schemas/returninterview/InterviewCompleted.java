package uk.lantern.schemas.returninterview;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

/**
 * Schemas: {@code schemas/return-interview/interview-completed.v2.json} (published) and {@code .v1.json} (still
 * readable). A v1 message carries only {@code completedOn}: its {@code completedAt} and {@code withinDeadline} are
 * null. {@code factorsInChildsWords} and {@code disclosures} are no longer written (the free text stays, encrypted, in
 * return-interview-service; no consumer needs it): {@code disclosureMade} says whether there was a disclosure.
 */
public record InterviewCompleted(
        String episodeId,
        Instant completedAt,
        LocalDate completedOn,
        Boolean withinDeadline,
        Professional interviewer,
        List<PushFactor> pushFactors,
        List<PullFactor> pullFactors,
        String factorsInChildsWords,
        Place whereabouts,
        List<Associate> associates,
        String disclosures,
        List<ExploitationIndicator> exploitationIndicators,
        Boolean disclosureMade) implements ReturnInterviewEvent {

    public InterviewCompleted {
        pushFactors = pushFactors == null ? List.of() : List.copyOf(pushFactors);
        pullFactors = pullFactors == null ? List.of() : List.copyOf(pullFactors);
        associates = associates == null ? List.of() : List.copyOf(associates);
        exploitationIndicators = exploitationIndicators == null ? List.of() : List.copyOf(exploitationIndicators);
    }

    /** Without {@code disclosureMade} (as written before it was added; readers take a non-blank disclosure for it). */
    public InterviewCompleted(String episodeId, Instant completedAt, LocalDate completedOn, Boolean withinDeadline,
                              Professional interviewer, List<PushFactor> pushFactors, List<PullFactor> pullFactors,
                              String factorsInChildsWords, Place whereabouts, List<Associate> associates,
                              String disclosures, List<ExploitationIndicator> exploitationIndicators) {
        this(episodeId, completedAt, completedOn, withinDeadline, interviewer, pushFactors, pullFactors,
                factorsInChildsWords, whereabouts, associates, disclosures, exploitationIndicators, null);
    }

    /**
     * True if the child disclosed something: from {@code disclosureMade} where the message has it, otherwise from a
     * non-blank {@code disclosures} (messages written before the free text was taken off the event).
     */
    public boolean disclosed() {
        return Boolean.TRUE.equals(disclosureMade) || (disclosures != null && !disclosures.isBlank());
    }

    /** As a v1 message reads: a date only. */
    public InterviewCompleted(String episodeId, LocalDate completedOn, Professional interviewer,
                              List<PushFactor> pushFactors, List<PullFactor> pullFactors, String factorsInChildsWords,
                              Place whereabouts, List<Associate> associates, String disclosures,
                              List<ExploitationIndicator> exploitationIndicators) {
        this(episodeId, null, completedOn, null, interviewer, pushFactors, pullFactors, factorsInChildsWords,
                whereabouts, associates, disclosures, exploitationIndicators);
    }

    public enum PushFactor {
        CONFLICT_AT_HOME, CONFLICT_IN_PLACEMENT, UNHAPPY_WITH_PLACEMENT, RULES_AND_BOUNDARIES, NEGLECT_OR_ABUSE,
        DOMESTIC_ABUSE_AT_HOME, BULLYING, BEREAVEMENT_OR_LOSS, MENTAL_HEALTH, BOREDOM, OTHER
    }

    public enum PullFactor {
        FRIENDS, FAMILY, BOYFRIEND_OR_GIRLFRIEND, ADULT_ASSOCIATE, PARTY, DRUGS_OR_ALCOHOL, MONEY_OR_GIFTS, GANG,
        ONLINE_CONTACT, OTHER
    }

    public record Place(String placeName, String postcode) {
    }

    /** {@code age} and {@code adult} may each be unknown (null). */
    public record Associate(String name, String phone, String vehicleRegistration, Integer age, Boolean adult) {
        public Associate(String name, String phone, String vehicleRegistration) {
            this(name, phone, vehicleRegistration, null, null);
        }

        /** Recorded as an adult, or with an age of 18 or more. Unknown is not adult. */
        public boolean knownAdult() {
            return Boolean.TRUE.equals(adult) || (age != null && age >= 18);
        }
    }
}
