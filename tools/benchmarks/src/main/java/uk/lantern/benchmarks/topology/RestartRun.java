package uk.lantern.benchmarks.topology;

import static uk.lantern.benchmarks.topology.CorrelationTopologyBenchmark.log;
import static uk.lantern.benchmarks.topology.Machine.round;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StoreQueryParameters;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.QueryableStoreTypes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.benchmarks.Population;
import uk.lantern.benchmarks.topology.SourceMessages.Message;
import uk.lantern.benchmarks.topology.SourceMessages.View;
import uk.lantern.correlation.stream.CorrelationTopology;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.missingepisode.RiskGrade;

/**
 * Restart with state: M children, one EpisodeReported each with its own NHS number, through the app; then a clean
 * close and a new instance with the same application id, state directory and static member id
 * ({@code group.instance.id}). Measured from {@code start()} of the new instance: to RUNNING, to the committed source
 * offset passing a new event sent just before the restart (both apps), and to that event's effect (topology: its
 * NEED_TO_KNOW alert; baseline: its key readable from the count store by interactive query). R restarts each.
 * Baseline: the same on the bare two-store app with the same M keys.
 */
final class RestartRun {

    static final double TARGET_SECONDS = 5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CorrelationTopologyBenchmark b;
    private int newSerial = 45_000_000;

    RestartRun(CorrelationTopologyBenchmark b) {
        this.b = b;
    }

    Map<String, Object> run() throws Exception {
        int m = b.profiles;
        var messages = profiles(m);
        double loadSeconds = b.cluster.load(messages);
        log("loaded %,d EpisodeReported (one per child) in %.1f s", m, loadSeconds);
        messages = null;

        var baseline = measure(() -> BareApps.twoStores(CorrelationTopology.sourceTopics()), "bare-restart", false);
        var topology = measure(CorrelationTopologyBenchmark::correlationTopology, "correlation-restart", true);

        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("profiles", m);
        inputs.put("subjects", b.restartSubjects.equals("nhs-only") ? "NHS number only"
                : "NHS number (each its own), names, date of birth, sex and postcode from Population");
        inputs.put("events", "one EpisodeReported per child (home, no plan, low risk), over the last 180 days");
        inputs.put("restarts_each", b.restarts);
        inputs.put("load_seconds", round(loadSeconds, 1));
        inputs.put("state_built_with_commit_ms", b.loadCommitMs > 0 ? b.loadCommitMs : StreamsApp.commitIntervalMs);
        result.put("inputs", inputs);
        result.put("method", "clean KafkaStreams.close (a static member does not leave the group), new KafkaStreams "
                + "with the same application.id, state.dir and group.instance.id; a new event (a child on a plan, "
                + "not seen before) is sent just before start(); times from start()");
        result.put("topology", topology);
        baseline.put("what", "bare two-store app (count and last value per key), same input and settings");
        result.put("baseline", baseline);
        double running = (double) topology.get("start_to_running_seconds_max");
        double processed = (double) topology.get("start_to_new_event_committed_seconds_max");
        result.put("start_to_running_seconds_max", running);
        result.put("start_to_new_event_committed_seconds_max", processed);
        result.put("running_ratio_vs_baseline", round(running
                / (double) baseline.get("start_to_running_seconds_max"), 2));
        result.put("new_event_ratio_vs_baseline", round(processed
                / (double) baseline.get("start_to_new_event_committed_seconds_max"), 2));
        result.put("target", Map.of("seconds_max", TARGET_SECONDS));
        result.put("meets_target", Math.max(running, processed) <= TARGET_SECONDS);
        return result;
    }

    private List<Message> profiles(int m) {
        var random = new SplittableRandom(b.seed + 11);
        Instant now = Instant.now();
        var out = new ArrayList<Message>(m);
        var children = b.restartSubjects.equals("nhs-only") ? null : Population.generate(b.seed + 11, m, "r-", 0);
        for (int i = 0; i < m; i++) {
            String nhs = Population.nhsNumber(i);
            Subject subject;
            if (children == null) {
                subject = new Subject(null, nhs, null, null, null, null, null, null, null);
            } else {
                var c = children.get(i);
                subject = new Subject(null, nhs, null, null, c.givenName(), c.familyName(),
                        LocalDate.of(c.dateOfBirth().year(), c.dateOfBirth().month(), c.dateOfBirth().day()),
                        Subject.Sex.valueOf(c.sex().name()), c.postcode());
            }
            Instant at = now.minus(Duration.ofMinutes(random.nextInt(180 * 24 * 60)));
            out.add(SourceMessages.episodeReported(subject, "ep-r-" + i, at, false, false, RiskGrade.LOW));
        }
        return out;
    }

    private Map<String, Object> measure(Supplier<Topology> topology, String applicationId, boolean correlation)
            throws Exception {
        Map<String, Object> out = new LinkedHashMap<>();
        var loadConfig = b.config(applicationId, "earliest");
        if (b.loadCommitMs > 0) {
            loadConfig.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, b.loadCommitMs);
        }
        var app = new StreamsApp(topology.get(), loadConfig);
        app.start();
        long running = app.awaitRunning(Duration.ofMinutes(2));
        long drained = b.cluster.awaitDrained(app, CorrelationTopology.sourceTopics(),
                correlation ? List.of(CorrelationTopology.CHILD_EVENTS) : List.of(), Duration.ofSeconds(2),
                Duration.ofMinutes(Math.max(40, b.drainTimeoutMinutes)));
        double loadSeconds = (drained - running) / 1e9;
        out.put("load_seconds", round(loadSeconds, 1));
        out.put("load_events_per_second", Math.round(b.profiles / loadSeconds));
        log("%s: state for %,d children built in %.1f s", applicationId, b.profiles, loadSeconds);

        var restarts = new ArrayList<Map<String, Object>>();
        try (var alerts = correlation
                ? new Arrivals(b.cluster, CorrelationTopology.ALERTS, RestartRun::needToKnowEvidence).start()
                : null) {
            for (int r = 0; r < b.restarts; r++) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("close_ms", app.closeTimed());
                one.put("state_dir_mb", directoryMb(b.work.resolve("state").resolve(applicationId)));
                var subject = SourceMessages.subject(EventMix.children(b.seed + newSerial, 1, "new-", newSerial)
                        .get(0), View.POLICE);
                newSerial++;
                var event = SourceMessages.episodeReported(subject, "ep-new-" + newSerial, Instant.now(), false, true,
                        RiskGrade.MEDIUM);
                var decision = SourceMessages.needToKnowRaised(subject, "ep-new-" + newSerial, Instant.now());
                RecordMetadata sent;
                try (var producer = b.cluster.producer(false)) {
                    sent = producer.send(new ProducerRecord<>(event.topic(), event.key(), event.value())).get();
                    producer.send(new ProducerRecord<>(decision.topic(), decision.key(), decision.value())).get();
                }
                var tp = new TopicPartition(sent.topic(), sent.partition());

                app = b.app(topology.get(), applicationId, "earliest");
                app.start();
                long start = app.startedAtNanos();
                long runningAt = app.awaitRunning(Duration.ofMinutes(5));
                long committedAt = -1;
                long effectAt = -1;
                long giveUp = System.nanoTime() + 120_000_000_000L;
                while ((committedAt < 0 || effectAt < 0) && System.nanoTime() < giveUp) {
                    if (committedAt < 0 && b.cluster.committed(applicationId, tp) > sent.offset()) {
                        committedAt = System.nanoTime();
                    }
                    if (effectAt < 0 && (correlation ? alerts.has(event.eventId().toString())
                            : counted(app.streams(), event.key()))) {
                        effectAt = correlation ? alerts.get(event.eventId().toString()).nanos() : System.nanoTime();
                    }
                    Thread.sleep(5);
                }
                one.put("start_to_running_seconds", round((runningAt - start) / 1e9, 3));
                one.put("start_to_new_event_committed_seconds", committedAt < 0 ? null
                        : round((committedAt - start) / 1e9, 3));
                one.put(correlation ? "start_to_new_event_alert_seconds" : "start_to_new_event_in_store_seconds",
                        effectAt < 0 ? null : round((effectAt - start) / 1e9, 3));
                log("%s restart %d: %s", applicationId, r + 1, one);
                restarts.add(one);
            }
        } finally {
            app.close();
        }
        out.put("restarts", restarts);
        out.put("start_to_running_seconds_max", restarts.stream()
                .mapToDouble(x -> (double) x.get("start_to_running_seconds")).max().orElse(-1));
        out.put("start_to_new_event_committed_seconds_max", restarts.stream()
                .mapToDouble(x -> x.get("start_to_new_event_committed_seconds") == null ? Double.POSITIVE_INFINITY
                        : (double) x.get("start_to_new_event_committed_seconds")).max().orElse(-1));
        return out;
    }

    private static boolean counted(KafkaStreams streams, String key) {
        if (streams.state() != KafkaStreams.State.RUNNING) {
            return false;
        }
        try {
            var store = streams.store(StoreQueryParameters.fromNameAndType(BareApps.COUNTS,
                    QueryableStoreTypes.<String, Long>keyValueStore()));
            return store.get(key) != null;
        } catch (RuntimeException e) {
            return false; // not queryable yet
        }
    }

    private static double directoryMb(Path dir) {
        try (var files = Files.walk(dir)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
            return round(bytes / 1e6, 1);
        } catch (IOException e) {
            return -1;
        }
    }

    private static List<String> needToKnowEvidence(ConsumerRecord<String, byte[]> r) {
        JsonNode alert = JSON.readTree(r.value());
        if (!"AlertRaised".equals(alert.path("eventType").asString())
                || !"NEED_TO_KNOW".equals(alert.path("data").path("code").asString())) {
            return List.of();
        }
        var ids = new ArrayList<String>();
        alert.path("data").path("evidence").forEach(e -> ids.add(e.asString()));
        return ids;
    }
}
