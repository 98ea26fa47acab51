package uk.lantern.schemas.cmeregister;

/** The ground for deletion from the roll (pupil registration regulations 2024), a small controlled list. */
public enum DeletionGround {
    MOVED_AWAY_NO_KNOWN_SCHOOL,
    EDUCATED_OTHERWISE_THAN_AT_SCHOOL,
    LEFT_THE_COUNTRY,
    CONTINUOUS_ABSENCE_20_DAYS,
    OTHER
}
