package uk.lantern.benchmarks.topology;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import uk.lantern.correlation.stream.CorrelationTopology;
import uk.lantern.localinfra.KafkaBroker;

/**
 * Warms the JIT before the topology is measured, as the baseline's warm-up run does for the bare app: the whole
 * topology over other children's events (another seed), on a second broker in this JVM started for it and stopped
 * after, so nothing reaches the measured topics. Not counted.
 *
 * <p>Why: on this 2-core machine a cold run spent its whole length (80-90 s for 20,000 events) with the C2 compiler
 * taking 60-70 % of a core (JFR jdk.ThreadCPULoad) while the stream thread had about half a core: Lantern's code,
 * Jackson, the streams producer and the broker's transaction paths, all in this JVM, being compiled. A service runs
 * for days, so the warm figure is the one that matters; {@code --jit-warmup-events 0} gives the cold one.
 */
final class JitWarmup {

    private JitWarmup() {
    }

    /** Runs the warm-up; what it did, for the JSON (or that there was none). */
    static Object run(CorrelationTopologyBenchmark b, int events, int children, int days) throws Exception {
        if (events <= 0) {
            return "none: a cold JVM";
        }
        Instant now = Instant.now();
        var others = EventMix.children(b.seed + 100, children, "warmup-", 0);
        var messages = new EventMix(b.seed + 101, others, now.minus(Duration.ofDays(days)),
                now.minus(Duration.ofDays(1)), b.hotspotShare).generate(events);
        var broker = new KafkaBroker(b.work.resolve("kafka-jit-warmup"), 0, 0);
        broker.start();
        try (var cluster = new Cluster(broker.bootstrapServers())) {
            cluster.createTopics(b.topics());
            cluster.load(messages);
            String id = "correlation-jit-warmup";
            var config = StreamsApp.config(broker.bootstrapServers(), id, b.work.resolve("state").resolve(id),
                    id + "-member", b.threads, "earliest");
            try (var app = new StreamsApp(CorrelationTopologyBenchmark.correlationTopology(), config)) {
                Map<String, Object> m = ThroughputRun.measure(b, app, cluster, id,
                        List.of(CorrelationTopology.CHILD_EVENTS), events);
                m.put("what", "the topology over " + events + " events of " + children + " other children, on a "
                        + "second broker in this JVM started for it and stopped after; not counted");
                return m;
            }
        } finally {
            broker.stop();
        }
    }
}
