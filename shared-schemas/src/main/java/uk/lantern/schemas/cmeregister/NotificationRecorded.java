package uk.lantern.schemas.cmeregister;

import java.time.LocalDate;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/cme-register/notification-recorded.v1.json}. A repeat notification for a child already on the register. */
public record NotificationRecorded(String entryId, School school, NotificationGround ground, DeletionGround deletionGround,
                                   LocalDate date, Professional notifiedBy) implements CmeRegisterEvent {
}
