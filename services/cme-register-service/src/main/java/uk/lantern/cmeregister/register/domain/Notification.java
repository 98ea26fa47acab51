package uk.lantern.cmeregister.register.domain;

import java.time.LocalDate;

/** A school's notification: which school, on what ground, on what date, and who sent it. */
public record Notification(School school, NotificationGround ground, DeletionGround deletionGround, LocalDate date,
                           Professional notifiedBy) {
}
