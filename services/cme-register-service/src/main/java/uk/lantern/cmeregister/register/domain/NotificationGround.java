package uk.lantern.cmeregister.register.domain;

/** Why a school notified the authority: each puts the child on the register. */
public enum NotificationGround {
    DELETED_FROM_ROLL,
    TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE,
    DID_NOT_START_AT_ALLOCATED_SCHOOL,
    LEFT_NO_KNOWN_DESTINATION
}
