package uk.lantern.cmeregister.register.domain;

/** The ground for deleting a pupil from the roll (pupil registration regulations 2024), kept to a small list. */
public enum DeletionGround {
    MOVED_AWAY_NO_KNOWN_SCHOOL,
    EDUCATED_OTHERWISE_THAN_AT_SCHOOL,
    LEFT_THE_COUNTRY,
    CONTINUOUS_ABSENCE_20_DAYS,
    OTHER
}
