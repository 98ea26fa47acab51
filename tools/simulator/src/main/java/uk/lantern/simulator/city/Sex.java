package uk.lantern.simulator.city;

/** Sex as recorded on a missing report. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
