package uk.lantern.benchmarks.topology;

import static uk.lantern.benchmarks.topology.CorrelationTopologyBenchmark.log;
import static uk.lantern.benchmarks.topology.Machine.round;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.kafka.streams.Topology;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.correlation.stream.CorrelationTopology;

/**
 * N source events pre-loaded, then the whole correlation topology runs until it has consumed them and everything it
 * sent itself (repartitions, child events) and its threads fall quiet: events/s from RUNNING to the last record
 * processed. The baseline, measured the same way before and after it on the same input: a bare app that groups by
 * key and aggregates into two stores.
 */
final class ThroughputRun {

    static final double TARGET_RATIO = 0.5;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CorrelationTopologyBenchmark b;

    ThroughputRun(CorrelationTopologyBenchmark b) {
        this.b = b;
    }

    Map<String, Object> run() throws Exception {
        int n = b.events;
        int c = b.children != null ? b.children : Math.max(1, n / 20);
        var population = EventMix.children(b.seed, c, "known-", 0);
        Instant now = Instant.now();
        var mix = new EventMix(b.seed + 1, population, now.minus(Duration.ofDays(b.days)),
                now.minus(Duration.ofDays(1)), b.hotspotShare);
        var messages = mix.generate(n);

        int warmupEvents = b.jitWarmupEvents != null ? b.jitWarmupEvents : Math.min(n, 20_000);
        var jitWarmup = JitWarmup.run(b, warmupEvents, Math.max(1, (int) ((long) warmupEvents * c / n)), b.days);
        double loadSeconds = b.cluster.load(messages);
        log("loaded %,d source events in %.1f s (%,.0f/s)", n, loadSeconds, n / loadSeconds);

        var sources = CorrelationTopology.sourceTopics();
        // The first transactional app on a new broker also waits for the broker's own topics (transaction state,
        // consumer offsets) to be created and loaded: a warm-up run, not counted, takes that out of the figures.
        var warmup = measure(BareApps.twoStores(sources), "bare-two-stores-warmup", List.of());
        var before = measure(BareApps.twoStores(sources), "bare-two-stores-before", List.of());
        var topology = measure(CorrelationTopologyBenchmark.correlationTopology(), "correlation-throughput",
                List.of(CorrelationTopology.CHILD_EVENTS));
        var after = measure(BareApps.twoStores(sources), "bare-two-stores-after", List.of());

        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("source_events", n);
        inputs.put("children", c);
        inputs.put("events_by_type", new TreeMap<>(mix.counts()));
        inputs.put("mix", mix.description());
        inputs.put("event_times", "spread over the " + b.days + " days before the run");
        inputs.put("source_partitions", Cluster.PARTITIONS + " per source topic");
        inputs.put("load_seconds", round(loadSeconds, 1));
        inputs.put("load_events_per_second", Math.round(n / loadSeconds));
        out.put("inputs", inputs);
        out.put("method", "events pre-loaded; each app starts from the earliest offset; clock from RUNNING to the "
                + "last change of its threads' process-total, once its committed offsets reach the end of the source "
                + "topics and of its own repartition and child-events topics (one short allowed there for the "
                + "transaction marker) and it has processed nothing for 1 s; events/s = source events / that time");
        double baselineRate = ((double) before.get("events_per_second") + (double) after.get("events_per_second")) / 2;
        double topologyRate = (double) topology.get("events_per_second");
        topology.put("jit_warmup_not_counted", jitWarmup);
        topology.put("outputs", outputs());
        // Everything the topology wrote (its internal topics carry its application id; the bare apps write only
        // their own internal topics): records and transaction markers per topic, and bytes on disk.
        var sourceSet = Set.copyOf(sources);
        var written = b.cluster.written(t -> !sourceSet.contains(t) && !t.startsWith("bare-") && !t.startsWith("__"));
        topology.put("written_per_topic", written);
        long offsetsWritten = written.values().stream().mapToLong(w -> w.get("offsets")).sum();
        topology.put("offsets_written_per_source_event", round((double) offsetsWritten / n, 1));
        topology.put("bytes_written_per_source_event", Math.round((double) written.values().stream()
                .mapToLong(w -> w.get("bytes")).sum() / n));
        out.put("topology", topology);
        Map<String, Object> baseline = new LinkedHashMap<>();
        baseline.put("what", "bare Kafka Streams app, same input and settings: groupByKey, then count and "
                + "last-value (reduce) into two persistent stores, no record cache; run before and after the topology");
        baseline.put("warmup_not_counted", warmup);
        baseline.put("before", before);
        baseline.put("after", after);
        baseline.put("events_per_second_mean", Math.round(baselineRate));
        out.put("baseline", baseline);
        double ratio = topologyRate / baselineRate;
        out.put("ratio_vs_baseline", round(ratio, 3));
        if (topology.get("stream_thread_cpu_ms_per_event") instanceof Double topologyCpu
                && before.get("stream_thread_cpu_ms_per_event") instanceof Double beforeCpu
                && after.get("stream_thread_cpu_ms_per_event") instanceof Double afterCpu) {
            out.put("stream_thread_cpu_ratio_vs_baseline", round((beforeCpu + afterCpu) / 2 / topologyCpu, 4));
        }
        out.put("target", Map.of("ratio_vs_baseline_min", TARGET_RATIO));
        out.put("meets_target", ratio >= TARGET_RATIO);
        return out;
    }

    private Map<String, Object> measure(Topology topology, String applicationId, List<String> ownTopics)
            throws Exception {
        try (var app = b.app(topology, applicationId, "earliest")) {
            return measure(b, app, b.cluster, applicationId, ownTopics, b.events);
        }
    }

    /** Runs the app until it has consumed everything and fallen quiet: its events/s from RUNNING to then. */
    static Map<String, Object> measure(CorrelationTopologyBenchmark b, StreamsApp app, Cluster cluster,
                                       String applicationId, List<String> ownTopics, int events) throws Exception {
        log("%s: starting", applicationId);
        app.start();
        long running = app.awaitRunning(Duration.ofMinutes(2));
        Map<String, Object> m = new LinkedHashMap<>();
        long done;
        try {
            done = cluster.awaitDrained(app, CorrelationTopology.sourceTopics(), ownTopics,
                    Duration.ofSeconds(1), Duration.ofMinutes(b.drainTimeoutMinutes));
        } catch (Cluster.NotDrained e) {
            log("%s: not done after %d minutes (%,d records processed in all stages)", applicationId,
                    b.drainTimeoutMinutes, e.processed);
            m.put("application_id", applicationId);
            m.put("finished", false);
            m.put("stopped_after_minutes", b.drainTimeoutMinutes);
            m.put("records_processed_all_stages", e.processed);
            m.put("source_records_not_yet_consumed", cluster.lag(applicationId,
                    CorrelationTopology.sourceTopics()));
            m.put("events_per_second", 0.0);
            return m;
        }
        double seconds = (done - running) / 1e9;
        var cpu = app.threadCpuNanos();
        m.put("application_id", applicationId);
        m.put("start_to_running_seconds", round((running - app.startedAtNanos()) / 1e9, 2));
        m.put("running_to_done_seconds", round(seconds, 2));
        m.put("records_processed_all_stages", app.processed());
        m.put("events_per_second", (double) Math.round(events / seconds));
        // Less sensitive to the shared machine than events/s: what the app's own threads spent, start to done.
        m.put("stream_thread_cpu_ms_per_event", round(cpu.get("stream_threads") / 1e6 / events, 4));
        m.put("producer_sender_cpu_ms_per_event", round(cpu.get("producer_senders") / 1e6 / events, 4));
        log("%s: %,d events in %.1f s: %,.0f events/s (%,d records processed in all stages)", applicationId,
                events, seconds, events / seconds, app.processed());
        return m;
    }

    /** What the topology wrote, read back committed: a check that the input was valid and did the expected work. */
    private Map<String, Object> outputs() {
        Map<String, Object> m = new LinkedHashMap<>();
        Map<String, Integer> alerts = new TreeMap<>();
        b.cluster.readAll(List.of(CorrelationTopology.ALERTS), r -> {
            JsonNode alert = JSON.readTree(r.value());
            alerts.merge(alert.path("eventType").asString() + " " + alert.path("data").path("code").asString(), 1,
                    Integer::sum);
        });
        m.put("alert_events", alerts);
        m.put("profile_messages", b.cluster.readAll(List.of(CorrelationTopology.PROFILES), r -> { }));
        Map<String, Integer> identity = new TreeMap<>();
        b.cluster.readAll(List.of(CorrelationTopology.IDENTITY), r ->
                identity.merge(JSON.readTree(r.value()).path("eventType").asString(), 1, Integer::sum));
        m.put("identity_events", identity);
        m.put("analyst_feed_messages", b.cluster.readAll(List.of(CorrelationTopology.ANALYST_FEED), r -> { }));
        var reasons = new ArrayList<String>();
        long dead = b.cluster.readAll(List.of(CorrelationTopology.DEAD_LETTERS), r -> {
            var h = r.headers().lastHeader("x-exception-message");
            if (reasons.size() < 3 && h != null) {
                reasons.add(new String(h.value(), StandardCharsets.UTF_8));
            }
        });
        m.put("dead_letters", dead);
        if (!reasons.isEmpty()) {
            m.put("dead_letter_reasons", reasons);
        }
        return m;
    }
}
