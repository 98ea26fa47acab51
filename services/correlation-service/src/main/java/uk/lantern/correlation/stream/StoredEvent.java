package uk.lantern.correlation.stream;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import uk.lantern.schemas.Subject;

/**
 * One source event as a child keeps it: enough for the profile's records and identifiers and for the pattern rules
 * ({@code fact}, null when the rules need nothing from the event), and to move with its record to another child.
 * {@code item} is the source's record the event belongs to ({@link Erasure#itemOf}: {@code episodeId:ep-1},
 * {@code entryId:cme-4}...), so that an erasure finds every event of it, those without a fact too; null in an event
 * stored before it was kept (an erasure then finds it by its fact).
 */
record StoredEvent(String eventId, String recordId, String source, String topic, String eventType,
                   Instant occurredAt, Instant recordedAt, Subject subject, String factType, JsonNode fact,
                   String item) {

    StoredEvent(String eventId, String recordId, String source, String topic, String eventType, Instant occurredAt,
                Instant recordedAt, Subject subject, String factType, JsonNode fact) {
        this(eventId, recordId, source, topic, eventType, occurredAt, recordedAt, subject, factType, fact, null);
    }
}
