package uk.lantern.schemas.correlation;

import java.time.Instant;

/**
 * Schema: {@code schemas/correlation/alert-acknowledged.v1.json}. Someone has seen the alert and is taking it on; its
 * escalation stops.
 *
 * @param acknowledgedBy the signed-in person, as the token names them
 * @param publishedAt    when the alert reached people (its AlertRaised's recordedAt): the start of the wait
 */
public record AlertAcknowledged(String alertId, String childId, String code, String acknowledgedBy,
                                Instant acknowledgedAt, Instant publishedAt) implements AlertWorkEvent {
}
