package uk.lantern.schemas.cmeregister;

import java.time.LocalDate;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/cme-register/child-added-to-register.v1.json}. {@code deletionGround} only for DELETED_FROM_ROLL. */
public record ChildAddedToRegister(String entryId, School school, NotificationGround ground, DeletionGround deletionGround,
                                   LocalDate date, Professional notifiedBy) implements CmeRegisterEvent {
}
