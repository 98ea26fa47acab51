package uk.lantern.cmeregister.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.cmeregister.CmeRegisterEvent;
import uk.lantern.schemas.cmeregister.CmeRegisterTopics;

/**
 * Reads the CME register topic from the beginning, as an independent consumer would, decoding (and so
 * schema-validating) every message.
 */
public final class TopicReader implements AutoCloseable {

    public record Event(String key, Envelope<CmeRegisterEvent> envelope) {
    }

    private static final String TOPIC = CmeRegisterTopics.CME_REGISTER.name();
    private final KafkaConsumer<String, byte[]> consumer;
    private final EventCodec codec = new EventCodec();
    private final List<Event> seen = new ArrayList<>();

    public TopicReader(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> consumer.listTopics().containsKey(TOPIC));
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(TOPIC).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Polls until {@code done} holds for everything read so far; returns it all. */
    public List<Event> readUntil(Predicate<List<Event>> done, Duration atMost) {
        Awaitility.await().atMost(atMost).pollDelay(Duration.ZERO).until(() -> {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(new Event(record.key(), codec.decode(CmeRegisterTopics.CME_REGISTER, record.value())));
            }
            return done.test(seen);
        });
        return List.copyOf(seen);
    }

    public static Predicate<List<Event>> containsEntry(String entryId, int events) {
        return all -> all.stream().filter(e -> e.envelope().data().entryId().equals(entryId))
                .map(e -> e.envelope().eventId()).distinct().count() >= events;
    }

    public static List<Event> ofEntry(List<Event> all, String entryId) {
        return all.stream().filter(e -> e.envelope().data().entryId().equals(entryId)).toList();
    }

    @Override
    public void close() {
        consumer.close();
    }
}
