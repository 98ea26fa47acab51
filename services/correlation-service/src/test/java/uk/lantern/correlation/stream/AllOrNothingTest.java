package uk.lantern.correlation.stream;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link AllOrNothing} on a stage of its own: a message is {@code key=command}, where the command writes the key to the
 * store, sends it on, and then, for {@code boom}, fails; for {@code kafka}, fails as Kafka would. Every second the
 * stage attempts each key in the store on its own, and a key starting {@code bad} fails its attempt.
 */
class AllOrNothingTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final List<String> forgotten = new ArrayList<>();
    private final TopologyTestDriver driver = driver();
    private final TestInputTopic<String, byte[]> in = driver.createInputTopic("in", new StringSerializer(),
            new ByteArraySerializer());
    private final TestOutputTopic<String, byte[]> out = driver.createOutputTopic("out", new StringDeserializer(),
            new ByteArrayDeserializer());
    private final TestOutputTopic<String, byte[]> deadLetters = driver.createOutputTopic(
            CorrelationTopology.DEAD_LETTERS, new StringDeserializer(), new ByteArrayDeserializer());
    private final KeyValueStore<String, String> store = driver.getKeyValueStore("kept");

    @AfterEach
    void close() {
        driver.close();
    }

    @Test
    void aMessageThatFailsLeavesTheStoreAsItWasSendsNothingAndIsDeadLetteredWithTheReason() {
        send("a", "keep");
        send("b", "boom");
        send("c", "keep");

        assertThat(keys(out.readRecordsToList())).containsExactly("a", "c");
        assertThat(store.get("a")).isEqualTo("keep");
        assertThat(store.get("b")).isNull();
        assertThat(store.get("c")).isEqualTo("keep");
        var deadLetter = deadLetters.readRecord();
        assertThat(deadLetter.key()).isEqualTo("b");
        assertThat(new String(deadLetter.value(), UTF_8)).isEqualTo("boom");
        assertThat(header(deadLetter, IdentityProcessor.REASON_HEADER))
                .startsWith("the test stage failed on this message: IllegalStateException: boom on b (at ");
        assertThat(header(deadLetter, IdentityProcessor.SOURCE_TOPIC_HEADER)).isEqualTo("in");
        assertThat(forgotten).containsExactly("after a failed unit");
    }

    @Test
    void aFailedMessageThatOverwroteAndDeletedValuesGetsThemBack() {
        send("a", "keep");
        send("gone", "keep");
        store.put("counter", "1");

        send("a", "boom"); // writes a, deletes "gone", bumps "counter", then fails

        assertThat(store.get("a")).isEqualTo("keep");
        assertThat(store.get("gone")).isEqualTo("keep");
        assertThat(store.get("counter")).isEqualTo("1");
    }

    @Test
    void aTickGoesOnPastAPieceThatFailsAndKeepsWhatTheOtherPiecesDid() {
        send("bad-1", "keep");
        send("good", "keep");
        out.readRecordsToList();

        driver.advanceWallClockTime(Duration.ofSeconds(1));

        assertThat(keys(out.readRecordsToList())).containsExactly("ticked:good");
        assertThat(store.get("ticked:good")).isEqualTo("tick");
        assertThat(store.get("ticked:bad-1")).isNull();
        var report = deadLetters.readRecord();
        assertThat(report.key()).isEqualTo("bad-1");
        assertThat(header(report, IdentityProcessor.REASON_HEADER))
                .startsWith("the test stage failed on the tick of bad-1: IllegalStateException: bad key bad-1");
        var json = InternalJson.MAPPER.readTree(report.value());
        assertThat(json.path("stage").asString()).isEqualTo("test");
        assertThat(json.path("what").asString()).isEqualTo("the tick of bad-1");
        assertThat(json.path("key").asString()).isEqualTo("bad-1");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void kafkasOwnFailuresAreNotCaughtAndNothingOfTheUnitGoesOut() {
        assertThatThrownBy(() -> send("k", "kafka")).hasRootCauseInstanceOf(KafkaException.class);

        assertThat(out.isEmpty()).isTrue();
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    private void send(String key, String command) {
        in.pipeInput(key, command.getBytes(UTF_8));
    }

    private static List<String> keys(List<TestRecord<String, byte[]>> records) {
        return records.stream().map(TestRecord::key).toList();
    }

    private static String header(TestRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), UTF_8);
    }

    private TopologyTestDriver driver() {
        var builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore("kept"), Serdes.String(),
                Serdes.String()));
        builder.stream("in", Consumed.with(Serdes.String(), Serdes.ByteArray()))
                .process(() -> new AllOrNothing("test", TestStage::new), "kept")
                .to((key, message, context) -> message.topic(), Produced.with(Serdes.String(),
                        Serdes.serdeFrom((topic, message) -> message.value(), (topic, bytes) -> null)));
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "all-or-nothing-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("all-or-nothing").toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        return new TopologyTestDriver(builder.build(), props, NOW);
    }

    private final class TestStage implements Processor<String, byte[], String, Outbound>, AllOrNothing.Cached {

        private final Attempts attempts;
        private ProcessorContext<String, Outbound> context;
        private KeyValueStore<String, String> kept;

        TestStage(Attempts attempts) {
            this.attempts = attempts;
        }

        @Override
        public void init(ProcessorContext<String, Outbound> context) {
            this.context = context;
            this.kept = context.getStateStore("kept");
            context.schedule(Duration.ofSeconds(1), PunctuationType.WALL_CLOCK_TIME, this::tick);
        }

        @Override
        public void process(Record<String, byte[]> record) {
            String command = new String(record.value(), UTF_8);
            kept.put(record.key(), command);
            if (kept.get("gone") != null && command.equals("boom")) {
                kept.delete("gone");
            }
            if (kept.get("counter") != null) {
                kept.putAll(List.of(KeyValue.pair("counter", "2")));
            }
            context.forward(new Record<>(record.key(), new Outbound("out", record.value()), record.timestamp()));
            switch (command) {
                case "boom" -> throw new IllegalStateException("boom on " + record.key());
                case "kafka" -> throw new KafkaException("the broker went away");
                default -> { }
            }
        }

        private void tick(long now) {
            var keys = new ArrayList<String>();
            try (var all = kept.all()) {
                all.forEachRemaining(kv -> keys.add(kv.key));
            }
            for (String key : keys) {
                if (key.startsWith("ticked:")) {
                    continue;
                }
                attempts.attempt("the tick of " + key, key, () -> {
                    kept.put("ticked:" + key, "tick");
                    context.forward(new Record<>("ticked:" + key, new Outbound("out", new byte[0]), now));
                    if (key.startsWith("bad")) {
                        throw new IllegalStateException("bad key " + key);
                    }
                });
            }
        }

        @Override
        public void forgetCached() {
            forgotten.add("after a failed unit");
        }
    }
}
