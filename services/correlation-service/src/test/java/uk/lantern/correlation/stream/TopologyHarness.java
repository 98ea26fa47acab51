package uk.lantern.correlation.stream;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.test.TestRecord;

import tools.jackson.databind.JsonNode;

import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.stream.identityindex.StoreIdentityIndex;

/** The whole correlation topology in a TopologyTestDriver, with its wall clock in the test's hands. */
final class TopologyHarness implements AutoCloseable {

    static final byte[] ANALYST_KEY = "a-test-key-of-at-least-32-bytes!!".getBytes(StandardCharsets.UTF_8);

    final TopologyTestDriver driver;
    private final Duration clockTick;
    private final TestOutputTopic<String, byte[]> alerts;
    private final TestOutputTopic<String, byte[]> profiles;
    private final TestOutputTopic<String, byte[]> identity;
    private final TestOutputTopic<String, byte[]> analyst;
    private final TestOutputTopic<String, byte[]> analystV1;
    private final TestOutputTopic<String, byte[]> deadLetters;
    private final TestOutputTopic<String, byte[]> hotspots;
    final List<JsonNode> alertLog = new ArrayList<>();
    /** Hotspots reported and ended, as published. */
    final List<JsonNode> hotspotLog = new ArrayList<>();
    final List<TestRecord<String, byte[]>> profileLog = new ArrayList<>();
    final List<JsonNode> identityLog = new ArrayList<>();
    /** The analyst feed, v2. */
    final List<TestRecord<String, byte[]>> analystLog = new ArrayList<>();
    /** The analyst feed as released, v1, written beside v2 until the cut-over. */
    final List<TestRecord<String, byte[]>> analystV1Log = new ArrayList<>();
    final List<TestRecord<String, byte[]>> deadLetterLog = new ArrayList<>();

    /**
     * Most tests send facts timestamped days or years before the driven wall clock and look at the outcome at once:
     * with the production setting such facts read one after another are a backlog, judged only once it is read (see
     * {@code CatchUp}). These tests are about the rules, so facts are judged as they are read unless they are more
     * than ten years old; {@link #withProductionCatchUp} is the production behaviour.
     */
    TopologyHarness(Instant wallClock, boolean persistentStores) {
        this(wallClock, new CorrelationSettings(MatchSettings.defaults(), PatternSettings.defaults(), ANALYST_KEY,
                Duration.ofSeconds(1), persistentStores, CorrelationSettings.DEFAULT_PROFILE_MAX_BYTES, true,
                uk.lantern.correlation.analyst.AnalystFeed.DEFAULT_TIME_PRECISION,
                uk.lantern.correlation.profile.ProfileSettings.defaults(), Duration.ofDays(3650)));
    }

    /** With backlogs told apart as in production (an hour behind the clock). */
    static TopologyHarness withProductionCatchUp(Instant wallClock) {
        return new TopologyHarness(wallClock, new CorrelationSettings(MatchSettings.defaults(),
                PatternSettings.defaults(), ANALYST_KEY, Duration.ofSeconds(1), false));
    }

    TopologyHarness(Instant wallClock, CorrelationSettings settings) {
        this.clockTick = settings.clockTick();
        var builder = new StreamsBuilder();
        new CorrelationTopology(settings).addTo(builder);
        var props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "correlation-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        try {
            props.put(StreamsConfig.STATE_DIR_CONFIG, Files.createTempDirectory("correlation-test").toString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        driver = new TopologyTestDriver(builder.build(), props, wallClock);
        alerts = output(CorrelationTopology.ALERTS);
        profiles = output(CorrelationTopology.PROFILES);
        identity = output(CorrelationTopology.IDENTITY);
        analyst = output(CorrelationTopology.ANALYST_FEED_V2);
        analystV1 = output(CorrelationTopology.ANALYST_FEED);
        deadLetters = output(CorrelationTopology.DEAD_LETTERS);
        hotspots = output(CorrelationTopology.HOTSPOTS);
    }

    private TestOutputTopic<String, byte[]> output(String topic) {
        return driver.createOutputTopic(topic, new StringDeserializer(), new ByteArrayDeserializer());
    }

    void send(SourceEvents.Message message) {
        send(message.topic(), message.key(), message.value());
    }

    void send(String topic, String key, byte[] value) {
        driver.createInputTopic(topic, new StringSerializer(), new ByteArraySerializer()).pipeInput(key, value);
        drain();
    }

    void advance(Duration by) {
        driver.advanceWallClockTime(by);
        drain();
    }

    void drain() {
        alerts.readRecordsToList().forEach(r -> alertLog.add(InternalJson.MAPPER.readTree(r.value())));
        profileLog.addAll(profiles.readRecordsToList());
        identity.readRecordsToList().forEach(r -> identityLog.add(InternalJson.MAPPER.readTree(r.value())));
        analystLog.addAll(analyst.readRecordsToList());
        analystV1Log.addAll(analystV1.readRecordsToList());
        deadLetterLog.addAll(deadLetters.readRecordsToList());
        hotspots.readRecordsToList().forEach(r -> hotspotLog.add(InternalJson.MAPPER.readTree(r.value())));
    }

    /** Alert events of a type (AlertRaised, AlertCleared) and code, in the order published. */
    List<JsonNode> alerts(String eventType, String code) {
        return alertLog.stream()
                .filter(a -> a.path("eventType").asString().equals(eventType))
                .filter(a -> a.path("data").path("code").asString().equals(code))
                .toList();
    }

    /**
     * The last profile published for the child, or null (never published, or a tombstone last). Profiles go out on
     * the clock's tick after a change, so the wall clock moves on by one tick first.
     */
    JsonNode profile(String childId) {
        advance(clockTick);
        TestRecord<String, byte[]> last = null;
        for (var r : profileLog) {
            if (r.key().equals(childId)) {
                last = r;
            }
        }
        return last == null || last.value() == null ? null : InternalJson.MAPPER.readTree(last.value());
    }

    /** The events the child stage keeps for the child (its chronology, as the API would read it), by event id. */
    List<StoredEvent> history(String childId) {
        var events = new ArrayList<StoredEvent>();
        org.apache.kafka.streams.state.KeyValueStore<String, StoredEvent> store =
                driver.getKeyValueStore(ChildProcessor.HISTORY);
        try (var range = store.prefixScan(childId + "|", new StringSerializer())) {
            range.forEachRemaining(kv -> events.add(kv.value));
        }
        return events;
    }

    /** The child the identity index holds the record under, once everything sent has been read. */
    String childOf(String recordId) {
        drain();
        KeyValueStore<String, String> childOf = driver.getKeyValueStore(StoreIdentityIndex.CHILD_OF);
        return childOf.get(recordId);
    }

    @Override
    public void close() {
        driver.close();
    }
}
