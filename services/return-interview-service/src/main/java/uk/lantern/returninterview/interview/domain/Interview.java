package uk.lantern.returninterview.interview.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What the child told the interviewer, and when the interview took place ({@code completedAt}: the statutory
 * measure is an interview carried out within 72 hours, so the time matters, not only the day). {@code completedOn} is
 * that instant's day in the reporting zone, set when the interview is recorded. {@code exploitationIndicators} are
 * codes of the one shared indicator list (checked against it where requests are read), kept as codes so the domain
 * depends on no wire contract.
 */
public record Interview(
        Instant completedAt,
        LocalDate completedOn,
        Professional interviewer,
        List<PushFactor> pushFactors,
        List<PullFactor> pullFactors,
        String factorsInChildsWords,
        Place whereabouts,
        List<Associate> associates,
        String disclosures,
        List<String> exploitationIndicators) {

    public Interview {
        pushFactors = pushFactors == null ? List.of() : List.copyOf(pushFactors);
        pullFactors = pullFactors == null ? List.of() : List.copyOf(pullFactors);
        associates = associates == null ? List.of() : List.copyOf(associates);
        exploitationIndicators = exploitationIndicators == null ? List.of() : List.copyOf(exploitationIndicators);
        if (completedAt == null && completedOn != null) {
            // a case stored before the time was recorded (before 0.2) has the day only; it was published as the start
            // of that day in England, and is kept so
            completedAt = completedOn.atStartOfDay(ENGLAND).toInstant();
        }
    }

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    Interview on(ZoneId zone) {
        return new Interview(completedAt, LocalDate.ofInstant(completedAt, zone), interviewer, pushFactors, pullFactors,
                factorsInChildsWords, whereabouts, associates, disclosures, exploitationIndicators);
    }

    /** What pushed the child away. */
    public enum PushFactor {
        CONFLICT_AT_HOME, CONFLICT_IN_PLACEMENT, UNHAPPY_WITH_PLACEMENT, RULES_AND_BOUNDARIES, NEGLECT_OR_ABUSE,
        DOMESTIC_ABUSE_AT_HOME, BULLYING, BEREAVEMENT_OR_LOSS, MENTAL_HEALTH, BOREDOM, OTHER
    }

    /** What pulled the child away. */
    public enum PullFactor {
        FRIENDS, FAMILY, BOYFRIEND_OR_GIRLFRIEND, ADULT_ASSOCIATE, PARTY, DRUGS_OR_ALCOHOL, MONEY_OR_GIFTS, GANG,
        ONLINE_CONTACT, OTHER
    }

    /** Where the child was while missing. */
    public record Place(String placeName, String postcode) {
    }

    /** Someone the child was with; {@code age} and {@code adult} may each be unknown (null). */
    public record Associate(String name, String phone, String vehicleRegistration, Integer age, Boolean adult) {
    }
}
