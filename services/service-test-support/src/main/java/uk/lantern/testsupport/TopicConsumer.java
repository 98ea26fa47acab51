package uk.lantern.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads every partition of one topic from the beginning, committed records only, as an independent consumer would,
 * and keeps what {@code read} makes of each record. The common part of {@link TopicReader} and {@link RawTopicReader}.
 */
final class TopicConsumer<T> implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final Function<ConsumerRecord<String, byte[]>, T> read;
    private final List<T> seen = new ArrayList<>();

    TopicConsumer(String bootstrapServers, String topic, Function<ConsumerRecord<String, byte[]>, T> read) {
        this(java.util.Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic, read);
    }

    /** @param clientConfig the bootstrap servers and, on a secured broker, the reader's SASL settings */
    TopicConsumer(java.util.Map<String, Object> clientConfig, String topic, Function<ConsumerRecord<String, byte[]>, T> read) {
        this.read = read;
        Properties props = new Properties();
        props.putAll(clientConfig);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> consumer.listTopics().containsKey(topic));
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(topic).forEach(p -> partitions.add(new TopicPartition(p.topic(), p.partition())));
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    List<T> readUntil(Predicate<List<T>> done, Duration atMost) {
        Awaitility.await().atMost(atMost).pollDelay(Duration.ZERO).until(() -> {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                seen.add(read.apply(record));
            }
            return done.test(seen);
        });
        return List.copyOf(seen);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
