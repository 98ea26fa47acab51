package uk.lantern.schemas.cmeregister;

import java.time.LocalDate;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/cme-register/child-removed-from-register.v1.json}. */
public record ChildRemovedFromRegister(String entryId, Outcome outcome, School school, String reason, LocalDate removedOn,
                                       Professional removedBy, LocalDate onRegisterSince) implements CmeRegisterEvent {

    public enum Outcome {
        ON_ROLL_ELSEWHERE, ELECTIVE_HOME_EDUCATION, CONFIRMED_LEFT_THE_COUNTRY, WHEREABOUTS_UNKNOWN_RETENTION_ENDED, OTHER
    }
}
