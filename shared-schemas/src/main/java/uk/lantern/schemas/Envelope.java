package uk.lantern.schemas;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The wire form of every Lantern event (schema: {@code schemas/common/envelope.v1.json}).
 *
 * @param eventId       unique per event; consumers deduplicate on it
 * @param eventType     past-tense name, e.g. {@code EpisodeReported}
 * @param schemaVersion version of the event type's schema
 * @param occurredAt    when it happened in the world, as recorded
 * @param recordedAt    when the source service accepted it
 * @param source        the service that owns the record
 * @param subject       what the source holds about the child
 * @param data          the type-specific payload
 */
public record Envelope<D extends EventData>(
        UUID eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        Instant recordedAt,
        String source,
        Subject subject,
        D data) {

    public Envelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(eventType, "eventType");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(data, "data");
    }

    public static <D extends EventData> Envelope<D> of(EventType<D> type, UUID eventId, Instant occurredAt,
                                                      Instant recordedAt, String source, Subject subject, D data) {
        return new Envelope<>(eventId, type.name(), type.version(), occurredAt, recordedAt, source, subject, data);
    }
}
