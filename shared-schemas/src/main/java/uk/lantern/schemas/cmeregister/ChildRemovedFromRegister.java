package uk.lantern.schemas.cmeregister;

import java.time.LocalDate;
import uk.lantern.schemas.Professional;

/**
 * Schemas: {@code schemas/cme-register/child-removed-from-register.v2.json} (published) and {@code .v1.json} (still
 * readable). {@code reason} (of an OTHER outcome) is on v1 messages only: the service keeps it, encrypted, with the
 * entry; null on v2.
 */
public record ChildRemovedFromRegister(String entryId, Outcome outcome, School school, String reason, LocalDate removedOn,
                                       Professional removedBy, LocalDate onRegisterSince) implements CmeRegisterEvent {

    public enum Outcome {
        ON_ROLL_ELSEWHERE, ELECTIVE_HOME_EDUCATION, CONFIRMED_LEFT_THE_COUNTRY, WHEREABOUTS_UNKNOWN_RETENTION_ENDED, OTHER
    }
}
