package uk.lantern.correlation.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.correlation.AlertWorkEvent;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.support.outbox.MongoOutbox;
import uk.lantern.support.outbox.OutboxEntry;

/**
 * The events of {@code lantern.alert-work.v1} as outbox entries of the alert document they change: written in the same
 * single-document update as the change ({@code $push} to {@link MongoOutbox#FIELD}, {@code updatedAt} set), and
 * published by the service-support relay, so a change is never published without being stored, nor stored without
 * being published. The envelope's subject is empty: the child is the data's {@code childId}, and the record key.
 */
final class AlertWorkOutbox {

    static final String UPDATED_AT = "updatedAt";

    private final EventCodec codec = new EventCodec();
    private final Clock clock;

    AlertWorkOutbox(Clock clock) {
        this.clock = clock;
    }

    /** The entry to push onto the alert document's outbox, as {@link MongoOutbox} reads it back. */
    <D extends AlertWorkEvent> Document entry(EventType<D> type, D data, Instant occurredAt) {
        Instant now = clock.instant();
        Envelope<D> envelope = Envelope.of(type, UUID.randomUUID(), occurredAt, now, CorrelationTopics.OWNER,
                Subject.empty(), data);
        OutboxEntry entry = new OutboxEntry(envelope.eventId().toString(), envelope.eventType(),
                CorrelationTopics.ALERT_WORK.name(), data.childId(),
                new String(codec.encode(envelope), StandardCharsets.UTF_8), now);
        return new Document("eventId", entry.eventId()).append("eventType", entry.eventType())
                .append("topic", entry.topic()).append("key", entry.key()).append("payload", entry.payload())
                .append("recordedAt", Date.from(entry.recordedAt()));
    }
}
