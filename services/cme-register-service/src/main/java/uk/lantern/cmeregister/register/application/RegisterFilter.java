package uk.lantern.cmeregister.register.application;

import java.time.LocalDate;
import java.util.Optional;
import uk.lantern.cmeregister.register.domain.DeletionGround;
import uk.lantern.cmeregister.register.domain.NotificationGround;

/**
 * Which children on the register to list: by a ground any of their notifications gave, by the regulation ground
 * of a deletion, by a notifying school, and by those on the register since before a date.
 */
public record RegisterFilter(Optional<NotificationGround> ground, Optional<DeletionGround> deletionGround,
                             Optional<String> schoolUrn, Optional<LocalDate> onRegisterSinceBefore) {
}
