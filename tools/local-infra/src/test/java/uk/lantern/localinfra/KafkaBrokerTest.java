package uk.lantern.localinfra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void keepsAcknowledgedRecordsAcrossAStopAndStartOnTheSamePortAndDataDir() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, 0, 0)) {
            broker.start();
            String bootstrapServers = broker.bootstrapServers();
            List<String> written = IntStream.range(0, 100).mapToObj(i -> "record-" + i).toList();
            try (KafkaProducer<String, String> producer = producer(broker, Map.of(ProducerConfig.ACKS_CONFIG, "all"))) {
                for (String value : written) {
                    producer.send(new ProducerRecord<>("restart", value, value));
                }
                producer.flush();
            }

            broker.stop();
            broker.start();

            assertThat(broker.bootstrapServers()).isEqualTo(bootstrapServers);
            assertThat(readValues(broker, "restart", 100, "read_uncommitted")).containsExactlyInAnyOrderElementsOf(written);
        }
    }

    @Test
    void commitsTransactionsAndHidesAbortedOnesFromReadCommittedConsumers() throws Exception {
        try (KafkaBroker broker = new KafkaBroker(dataDir, 0, 0)) {
            broker.start();
            try (KafkaProducer<String, String> producer = producer(broker, Map.of(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tx-test"))) {
                producer.initTransactions();
                sendInTransaction(producer, "committed-1");
                producer.beginTransaction();
                producer.send(new ProducerRecord<>("tx", "key", "aborted"));
                producer.abortTransaction();
                sendInTransaction(producer, "committed-2");
            }

            assertThat(readValues(broker, "tx", 2, "read_committed")).containsExactly("committed-1", "committed-2");
        }
    }

    private static void sendInTransaction(KafkaProducer<String, String> producer, String value) {
        producer.beginTransaction();
        producer.send(new ProducerRecord<>("tx", "key", value));
        producer.commitTransaction();
    }

    private static KafkaProducer<String, String> producer(KafkaBroker broker, Map<String, Object> extra) {
        Map<String, Object> config = new HashMap<>(extra);
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    /** Reads a topic from the beginning without a consumer group, until {@code expected} records have arrived. */
    private static List<String> readValues(KafkaBroker broker, String topic, int expected, String isolationLevel) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolationLevel);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<String> values = new ArrayList<>();
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    values.add(record.value());
                }
                assertThat(values).hasSizeGreaterThanOrEqualTo(expected);
            });
            return values;
        }
    }
}
