package uk.lantern.simulator.city;

/** The raw category as reported: missing, or away from placement with whereabouts known. */
public enum Category {
    MISSING, AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION
}
