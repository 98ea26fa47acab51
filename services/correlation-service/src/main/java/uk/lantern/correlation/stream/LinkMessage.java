package uk.lantern.correlation.stream;

import java.time.Instant;

/**
 * A child seen with a normalised associate or place (or that sighting withdrawn, when the record behind it moved to
 * another child), keyed by the link key {@code KIND:value} so every sighting of one key meets in one task.
 */
record LinkMessage(boolean withdrawn, String kind, String value, String childId, String eventId, Instant at,
                   String label) {
}
