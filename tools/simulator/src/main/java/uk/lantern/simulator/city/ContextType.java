package uk.lantern.simulator.city;

/** Where the child went missing from; the two must never be confused. */
public enum ContextType {
    MISSING_FROM_HOME, MISSING_FROM_CARE
}
