package uk.lantern.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.EventData;
import uk.lantern.schemas.Topic;

/**
 * Reads a Lantern topic from the beginning, as an independent consumer would, decoding (and so schema-validating)
 * every message with {@link EventCodec}. Each event is tagged with the id of the record it is about (the episode,
 * case, register entry or risk record), taken from its data by the function given here.
 */
public final class TopicReader<D extends EventData> implements AutoCloseable {

    /** One message: its key, its decoded envelope, and the id of the record it is about. */
    public record Event<D extends EventData>(String key, Envelope<D> envelope, String recordId) {
    }

    private final TopicConsumer<Event<D>> consumer;

    /**
     * @param topic    the topic to read and the contract to decode it with
     * @param recordId which field of the event data identifies the record, e.g. {@code MissingEpisodeEvent::episodeId}
     */
    public TopicReader(String bootstrapServers, Topic<D> topic, Function<? super D, String> recordId) {
        this(java.util.Map.of("bootstrap.servers", bootstrapServers), topic, recordId);
    }

    /**
     * The same on a secured broker: {@code clientConfig} holds the bootstrap servers and the reader's SASL settings
     * (e.g. {@code KafkaBroker.adminClientConfig()}).
     */
    public TopicReader(java.util.Map<String, Object> clientConfig, Topic<D> topic, Function<? super D, String> recordId) {
        Objects.requireNonNull(recordId, "recordId");
        EventCodec codec = new EventCodec();
        this.consumer = new TopicConsumer<>(clientConfig, topic.name(), record -> {
            Envelope<D> envelope = codec.decode(topic, record.value());
            return new Event<>(record.key(), envelope, recordId.apply(envelope.data()));
        });
    }

    /** Polls until {@code done} holds for everything read so far; returns it all. */
    public List<Event<D>> readUntil(Predicate<List<Event<D>>> done, Duration atMost) {
        return consumer.readUntil(done, atMost);
    }

    /** Reads until the record has {@code events} events, and returns that record's events in topic order. */
    public List<Event<D>> eventsOf(String recordId, int events) {
        return ofRecord(readUntil(containsRecord(recordId, events), Duration.ofSeconds(30)), recordId);
    }

    /** Holds once at least {@code events} distinct events (by event id) about the record have been read. */
    public static <D extends EventData> Predicate<List<Event<D>>> containsRecord(String recordId, int events) {
        return all -> ofRecord(all, recordId).stream().map(e -> e.envelope().eventId()).distinct().count() >= events;
    }

    /** The events about one record, in topic order. */
    public static <D extends EventData> List<Event<D>> ofRecord(List<Event<D>> all, String recordId) {
        return all.stream().filter(e -> e.recordId().equals(recordId)).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
