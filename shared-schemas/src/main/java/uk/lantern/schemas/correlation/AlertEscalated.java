package uk.lantern.schemas.correlation;

import java.time.Instant;

/**
 * Schema: {@code schemas/correlation/alert-escalated.v1.json}. Nobody acknowledged the alert within its severity's
 * window: it now goes to the next in the escalation chain. Nobody acted: the clock did.
 *
 * @param severity    the alert's severity, whose window ran out
 * @param level       the step of the chain reached, from 1
 * @param escalatedTo who (or which role) the alert now goes to, in the chain's words
 * @param waitedSeconds from the alert reaching people (its AlertRaised's recordedAt) to this escalation
 */
public record AlertEscalated(String alertId, String childId, String code, String severity, int level,
                             String escalatedTo, Instant escalatedAt, long waitedSeconds) implements AlertWorkEvent {
}
