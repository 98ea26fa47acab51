package uk.lantern.schemas.returninterview;

import java.time.LocalDate;
import java.util.List;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.vocabulary.ExploitationIndicator;

/** Schema: {@code schemas/return-interview/interview-completed.v1.json}. */
public record InterviewCompleted(
        String episodeId,
        LocalDate completedOn,
        Professional interviewer,
        List<PushFactor> pushFactors,
        List<PullFactor> pullFactors,
        String factorsInChildsWords,
        Place whereabouts,
        List<Associate> associates,
        String disclosures,
        List<ExploitationIndicator> exploitationIndicators) implements ReturnInterviewEvent {

    public InterviewCompleted {
        pushFactors = pushFactors == null ? List.of() : List.copyOf(pushFactors);
        pullFactors = pullFactors == null ? List.of() : List.copyOf(pullFactors);
        associates = associates == null ? List.of() : List.copyOf(associates);
        exploitationIndicators = exploitationIndicators == null ? List.of() : List.copyOf(exploitationIndicators);
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

    public record Associate(String name, String phone, String vehicleRegistration) {
    }
}
