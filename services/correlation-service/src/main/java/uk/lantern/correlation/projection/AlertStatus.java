package uk.lantern.correlation.projection;

/**
 * Where an alert stands. OPEN when raised; ESCALATED when nobody acknowledged it in time; ACKNOWLEDGED and ASSIGNED
 * as people take it on; RESOLVED when a person closed it; CLEARED when the facts that end its condition arrived
 * (an alert a person resolved stays RESOLVED).
 */
public enum AlertStatus {
    OPEN, ESCALATED, ACKNOWLEDGED, ASSIGNED, RESOLVED, CLEARED;

    /** Nobody has taken it on yet. */
    public boolean awaitingAcknowledgement() {
        return this == OPEN || this == ESCALATED;
    }

    public boolean finished() {
        return this == RESOLVED || this == CLEARED;
    }
}
