package uk.lantern.benchmarks.topology;

import static uk.lantern.benchmarks.topology.CorrelationTopologyBenchmark.log;
import static uk.lantern.benchmarks.topology.Machine.round;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.benchmarks.topology.SourceMessages.Message;
import uk.lantern.benchmarks.topology.SourceMessages.View;
import uk.lantern.correlation.stream.CorrelationTopology;
import uk.lantern.schemas.missingepisode.RiskGrade;

/**
 * Deadlines that fall due while the topology runs: H children returned from a missing episode with no interview
 * offered, their return backdated so that the 72 h RHI deadline falls {@code lead} to {@code lead + spread} seconds
 * after the events are sent (the topology is already RUNNING and takes them in within a second or two). RHI_OVERDUE
 * is raised by the child stage's wall-clock punctuator (tick 1 s); its raisedAt is the deadline. Lateness = arrival
 * of the committed alert (wall clock) minus the deadline. Baseline: the same deadlines through a bare app that keeps
 * them in a time-ordered store and sends each on from a 1 s wall-clock punctuator, measured the same way.
 */
final class TimerRun {

    static final double TARGET_MAX_LATENESS_MS = 1_000;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CorrelationTopologyBenchmark b;

    TimerRun(CorrelationTopologyBenchmark b) {
        this.b = b;
    }

    Map<String, Object> run() throws Exception {
        Map<String, Object> baseline;
        try (var app = b.app(BareApps.deadlines(CorrelationTopologyBenchmark.tick), "bare-deadlines", "earliest")) {
            app.start();
            app.awaitRunning(Duration.ofMinutes(2));
            try (var due = new Arrivals(b.cluster, BareApps.DEADLINES_OUT, r -> List.of(r.key())).start()) {
                var random = new SplittableRandom(b.seed);
                Map<String, Long> deadlines = new LinkedHashMap<>();
                long now = System.currentTimeMillis();
                for (int i = 0; i < b.timers; i++) {
                    deadlines.put("child-" + i, now + b.leadSeconds * 1_000L
                            + (long) (random.nextDouble() * b.spreadSeconds * 1_000L));
                }
                try (var producer = b.cluster.producer(false)) {
                    deadlines.forEach((key, at) -> producer.send(new ProducerRecord<>(BareApps.DEADLINES_IN, key,
                            String.valueOf(at).getBytes(StandardCharsets.UTF_8))));
                    producer.flush();
                }
                log("bare punctuator: %d deadlines sent, due from %d s to %d s from now", b.timers, b.leadSeconds,
                        b.leadSeconds + b.spreadSeconds);
                baseline = lateness(deadlines, due, now);
            }
        }

        Map<String, Object> topology;
        try (var app = b.app(CorrelationTopologyBenchmark.correlationTopology(), "correlation-timers", "earliest")) {
            app.start();
            app.awaitRunning(Duration.ofMinutes(2));
            try (var alerts = new Arrivals(b.cluster, CorrelationTopology.ALERTS, TimerRun::rhiOverdueEvidence)
                    .start()) {
                var children = EventMix.children(b.seed + 7, b.timers, "timer-", 40_000_000);
                var random = new SplittableRandom(b.seed + 7);
                Duration window = Duration.ofHours(72); // the return-interview service's window: the case's deadline
                Map<String, Long> deadlines = new LinkedHashMap<>();
                var messages = new ArrayList<Message>();
                long now = System.currentTimeMillis();
                for (int i = 0; i < b.timers; i++) {
                    long deadline = now + b.leadSeconds * 1_000L
                            + (long) (random.nextDouble() * b.spreadSeconds * 1_000L);
                    Instant returned = Instant.ofEpochMilli(deadline).minus(window);
                    var subject = SourceMessages.subject(children.get(i), View.POLICE);
                    String episode = "ep-timer-" + i;
                    messages.add(SourceMessages.episodeReported(subject, episode, returned.minusSeconds(5 * 3_600),
                            false, false, RiskGrade.MEDIUM));
                    var back = SourceMessages.childReturned(subject, episode, returned, false, null,
                            uk.lantern.benchmarks.Population.postcode(random), null);
                    messages.add(back);
                    messages.add(SourceMessages.interviewCaseOpened(subject, episode, returned,
                            Instant.ofEpochMilli(deadline)));
                    deadlines.put(back.eventId().toString(), deadline);
                }
                b.cluster.load(messages);
                long sent = System.nanoTime();
                long sentWall = System.currentTimeMillis();
                long drained = b.cluster.awaitDrained(app, CorrelationTopology.sourceTopics(),
                        List.of(CorrelationTopology.CHILD_EVENTS), Duration.ofSeconds(1), Duration.ofMinutes(5));
                long takenInMs = sentWall + (drained - sent) / 1_000_000;
                log("topology: %d returns sent and taken in; deadlines due from %d s to %d s after sending",
                        b.timers, b.leadSeconds, b.leadSeconds + b.spreadSeconds);
                topology = lateness(deadlines, alerts, now);
                long dueBeforeTakenIn = deadlines.values().stream().filter(d -> d <= takenInMs).count();
                topology.put("deadlines_due_before_the_input_was_processed", dueBeforeTakenIn);
                int raisedAtMismatch = 0;
                for (var e : deadlines.entrySet()) {
                    var a = alerts.get(e.getKey());
                    if (a != null) {
                        long raisedAt = Instant.parse(JSON.readTree(a.record().value()).path("data")
                                .path("raisedAt").asString()).toEpochMilli();
                        raisedAtMismatch += raisedAt == e.getValue() ? 0 : 1;
                    }
                }
                topology.put("alerts_whose_raisedAt_is_not_the_deadline", raisedAtMismatch);
            }
        }

        Map<String, Object> result = new LinkedHashMap<>();
        Map<String, Object> inputs = new LinkedHashMap<>();
        inputs.put("deadlines", b.timers);
        inputs.put("due_after_sending_seconds", b.leadSeconds + " to " + (b.leadSeconds + b.spreadSeconds)
                + " (uniform)");
        inputs.put("clock_tick_ms", CorrelationTopologyBenchmark.settings().clockTick().toMillis());
        inputs.put("topology_events", "per child: EpisodeReported and ChildReturned (returnedAt = deadline - 72 h), "
                + "no offer; apps already RUNNING when sent");
        result.put("inputs", inputs);
        result.put("method", "lateness = System.currentTimeMillis when the committed message arrived (consumer "
                + "read_committed, polling every 5 ms) minus the deadline; topology: AlertRaised RHI_OVERDUE citing "
                + "the ChildReturned event; baseline: the record the punctuator sent for the key");
        result.put("topology", topology);
        baseline.put("what", "bare app, same settings: each deadline put in a persistent time-ordered store and sent "
                + "on by a 1 s wall-clock punctuator once due");
        result.put("baseline", baseline);
        var lat = (Map<?, ?>) topology.get("lateness");
        var baseLat = (Map<?, ?>) baseline.get("lateness");
        double max = (double) lat.get("max_ms");
        result.put("p99_lateness_ms", lat.get("p99_ms"));
        result.put("max_lateness_ms", max);
        result.put("p99_ratio_vs_baseline", round((double) lat.get("p99_ms") / (double) baseLat.get("p99_ms"), 2));
        result.put("target", Map.of("lateness_ms_max", TARGET_MAX_LATENESS_MS));
        result.put("meets_target", max <= TARGET_MAX_LATENESS_MS
                && (int) topology.get("without_arrival") == 0);
        return result;
    }

    private Map<String, Object> lateness(Map<String, Long> deadlines, Arrivals arrivals, long sentAt)
            throws InterruptedException {
        long last = deadlines.values().stream().mapToLong(Long::longValue).max().orElse(sentAt);
        while (System.currentTimeMillis() < last + 15_000
                && !deadlines.keySet().stream().allMatch(arrivals::has)) {
            Thread.sleep(200);
        }
        var late = new ArrayList<Long>();
        var early = new HashMap<String, Long>();
        int missing = 0;
        for (var e : deadlines.entrySet()) {
            var a = arrivals.get(e.getKey());
            if (a == null) {
                missing++;
            } else {
                long ms = a.wallMillis() - e.getValue();
                late.add(ms * 1_000);
                if (ms < 0) {
                    early.put(e.getKey(), ms);
                }
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("deadlines", deadlines.size());
        m.put("without_arrival", missing);
        m.put("arrived_before_the_deadline", early.size());
        m.put("lateness", late.isEmpty() ? Map.of() : CorrelationTopologyBenchmark.millisStats(
                late.stream().mapToLong(Long::longValue).toArray()));
        log("lateness: %s", m.get("lateness"));
        return m;
    }

    private static List<String> rhiOverdueEvidence(ConsumerRecord<String, byte[]> r) {
        JsonNode alert = JSON.readTree(r.value());
        if (!"AlertRaised".equals(alert.path("eventType").asString())
                || !"RHI_OVERDUE".equals(alert.path("data").path("code").asString())) {
            return List.of();
        }
        var ids = new ArrayList<String>();
        alert.path("data").path("evidence").forEach(e -> ids.add(e.asString()));
        return ids;
    }
}
