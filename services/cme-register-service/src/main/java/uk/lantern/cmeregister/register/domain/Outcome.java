package uk.lantern.cmeregister.register.domain;

/** Why a child left the register. A child never leaves without one. */
public enum Outcome {
    ON_ROLL_ELSEWHERE,
    ELECTIVE_HOME_EDUCATION,
    CONFIRMED_LEFT_THE_COUNTRY,
    /** Whereabouts still unknown at the end of the retention period, after national-data checks. */
    WHEREABOUTS_UNKNOWN_RETENTION_ENDED,
    OTHER
}
