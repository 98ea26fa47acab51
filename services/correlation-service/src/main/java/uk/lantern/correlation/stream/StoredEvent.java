package uk.lantern.correlation.stream;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

import uk.lantern.schemas.Subject;

/**
 * One source event as a child keeps it: enough for the profile's records and identifiers and for the pattern rules
 * ({@code fact}, null when the rules need nothing from the event), and to move with its record to another child.
 */
record StoredEvent(String eventId, String recordId, String source, String topic, String eventType,
                   Instant occurredAt, Instant recordedAt, Subject subject, String factType, JsonNode fact) {
}
