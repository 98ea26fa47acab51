package uk.lantern.schemas.correlation;

import java.time.Instant;

/**
 * Schema: {@code schemas/correlation/alert-resolved.v1.json}. The work on the alert is done, with its outcome from a
 * closed list; the resolver's note is not published.
 *
 * @param outcome one of {@link Outcome}
 */
public record AlertResolved(String alertId, String childId, String code, String outcome, String resolvedBy,
                            Instant resolvedAt) implements AlertWorkEvent {

    /**
     * How coordinators close an alert: they acted on it; they judged nothing more was needed; they passed it to
     * another service (children's social care, the police, the exploitation team); it repeats another alert.
     */
    public enum Outcome { ACTION_TAKEN, NO_FURTHER_ACTION, REFERRED, DUPLICATE }
}
