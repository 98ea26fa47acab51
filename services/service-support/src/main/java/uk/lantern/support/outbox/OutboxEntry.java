package uk.lantern.support.outbox;

import java.time.Instant;

/**
 * An event decided but perhaps not yet on its topic, kept in its aggregate's own document so that the state change
 * and the event are written in one atomic operation. {@code payload} is the exact message: a re-send is
 * byte-identical and carries the same event id.
 */
public record OutboxEntry(String eventId, String eventType, String topic, String key, String payload,
                          Instant recordedAt) {
}
