package uk.lantern.returninterview.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewTopics;

/**
 * Reads a topic from the beginning, as an independent consumer would. {@link #returnInterviews} decodes (and so
 * schema-validates) every message; {@link #raw} keeps the bytes and headers, e.g. for the dead-letter topic.
 */
public final class TopicReader<T> implements AutoCloseable {

    public record Event(String key, Envelope<ReturnInterviewEvent> envelope) {
    }

    public record Raw(String key, byte[] value, Map<String, String> headers) {
    }

    private final KafkaConsumer<String, byte[]> consumer;
    private final Function<ConsumerRecord<String, byte[]>, T> read;
    private final List<T> seen = new ArrayList<>();

    public static TopicReader<Event> returnInterviews(String bootstrapServers) {
        EventCodec codec = new EventCodec();
        return new TopicReader<>(bootstrapServers, ReturnInterviewTopics.RETURN_INTERVIEWS.name(),
                r -> new Event(r.key(), codec.decode(ReturnInterviewTopics.RETURN_INTERVIEWS, r.value())));
    }

    public static TopicReader<Raw> raw(String bootstrapServers, String topic) {
        return new TopicReader<>(bootstrapServers, topic, r -> {
            Map<String, String> headers = new java.util.HashMap<>();
            for (Header h : r.headers()) {
                headers.put(h.key(), h.value() == null ? null : new String(h.value(), java.nio.charset.StandardCharsets.UTF_8));
            }
            return new Raw(r.key(), r.value(), headers);
        });
    }

    private TopicReader(String bootstrapServers, String topic, Function<ConsumerRecord<String, byte[]>, T> read) {
        this.read = read;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> consumer.listTopics().containsKey(topic));
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until {@code done} holds for everything read so far; returns it all. */
    public List<T> readUntil(Predicate<List<T>> done, Duration atMost) {
        Awaitility.await().atMost(atMost).pollDelay(Duration.ZERO).until(() -> {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(read.apply(record));
            }
            return done.test(seen);
        });
        return List.copyOf(seen);
    }

    public static Predicate<List<Event>> containsCase(String caseId, int events) {
        return all -> ofCase(all, caseId).stream().map(e -> e.envelope().eventId()).distinct().count() >= events;
    }

    public static List<Event> ofCase(List<Event> all, String caseId) {
        return all.stream().filter(e -> e.envelope().data().episodeId().equals(caseId)).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
