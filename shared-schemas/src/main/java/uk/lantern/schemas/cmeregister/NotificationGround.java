package uk.lantern.schemas.cmeregister;

/** Why a school notified the authority (schema: {@code definitions.v1.json#/$defs/notificationGround}). */
public enum NotificationGround {
    DELETED_FROM_ROLL,
    TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE,
    DID_NOT_START_AT_ALLOCATED_SCHOOL,
    LEFT_NO_KNOWN_DESTINATION
}
