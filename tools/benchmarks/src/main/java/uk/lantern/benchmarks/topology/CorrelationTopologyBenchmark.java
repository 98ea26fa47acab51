package uk.lantern.benchmarks.topology;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;

import uk.lantern.benchmarks.Json;
import uk.lantern.benchmarks.Percentiles;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.stream.CorrelationSettings;
import uk.lantern.correlation.stream.CorrelationTopology;
import uk.lantern.localinfra.KafkaBroker;

/**
 * The correlation topology on a real broker, against bare Kafka Streams baselines measured in the same run on the
 * same broker with the same settings. One mode per run; each prints one JSON object on standard output and writes it
 * to {@code results/<name>.json}; progress goes to standard error. See the README.
 *
 * <ul>
 *   <li>{@code throughput}: N pre-loaded source events through the whole topology, events/s, against a bare
 *       two-store aggregate of the same input.</li>
 *   <li>{@code latency}: paced events (1,000/s); NEED_TO_KNOW alert arrival minus send time of the event that
 *       raised it, against a bare pass-through.</li>
 *   <li>{@code timers}: RHI_OVERDUE alerts raised by the wall clock: arrival minus deadline, against a bare 1 s
 *       wall-clock punctuator.</li>
 *   <li>{@code restart}: state for M children, clean close, restart with the same id, state directory and static
 *       member id: time to RUNNING and to the first new event processed, against the bare two-store app.</li>
 * </ul>
 */
public final class CorrelationTopologyBenchmark {

    static final byte[] ANALYST_KEY = "benchmark-analyst-key-of-32-bytes-or-more".getBytes(StandardCharsets.UTF_8);

    String mode;
    int events = 100_000;
    double hotspotShare = 0;
    /** Throughput: the source events' times are spread over this many days before the run. */
    int days = 180;
    Integer children;
    Integer jitWarmupEvents;
    long seed = 42;
    int rate = 1_000;
    int seconds = 60;
    int warmupSeconds = 10;
    int every = 10;
    int preload = 5_000;
    int timers = 300;
    int leadSeconds = 20;
    int spreadSeconds = 40;
    int profiles = 100_000;
    int restarts = 3;
    String restartSubjects = "nhs-names";
    int threads = 1;
    int drainTimeoutMinutes = 20;
    /** restart: commit interval while the state is built (0: the same as every app's); restarts use the default. */
    int loadCommitMs = 0;
    String bootstrap;
    Path resultsDir;
    String name;

    Cluster cluster;
    Path work;

    public static void main(String[] args) throws Exception {
        var b = new CorrelationTopologyBenchmark();
        b.parse(args);
        Map<String, Object> result = b.run();
        String json = Json.write(result);
        System.out.println(json);
        Path dir = b.resultsDir != null ? b.resultsDir
                : Files.isDirectory(Path.of("tools/benchmarks/results")) ? Path.of("tools/benchmarks/results")
                : Path.of("results");
        Files.createDirectories(dir);
        Path file = dir.resolve((b.name != null ? b.name : b.defaultName()) + ".json");
        Files.writeString(file, json + "\n");
        log("written %s", file.toAbsolutePath());
    }

    private void parse(String[] args) {
        if (args.length == 0) {
            throw new IllegalArgumentException(usage());
        }
        mode = args[0];
        if (!List.of("throughput", "latency", "timers", "restart").contains(mode)) {
            throw new IllegalArgumentException(usage());
        }
        for (int i = 1; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("no value for " + args[i] + "\n" + usage());
            }
            String v = args[i + 1].replace("_", "");
            switch (args[i]) {
                case "--events" -> events = Integer.parseInt(v);
                case "--children" -> children = Integer.parseInt(v);
                case "--hotspot-share" -> hotspotShare = Double.parseDouble(v);
                case "--days" -> days = Integer.parseInt(v);
                case "--jit-warmup-events" -> jitWarmupEvents = Integer.parseInt(v);
                case "--seed" -> seed = Long.parseLong(v);
                case "--rate" -> rate = Integer.parseInt(v);
                case "--seconds" -> seconds = Integer.parseInt(v);
                case "--warmup-seconds" -> warmupSeconds = Integer.parseInt(v);
                case "--every" -> every = Integer.parseInt(v);
                case "--preload" -> preload = Integer.parseInt(v);
                case "--timers" -> timers = Integer.parseInt(v);
                case "--tick-ms" -> tick = Duration.ofMillis(Long.parseLong(v));
                case "--commit-ms" -> StreamsApp.commitIntervalMs = Integer.parseInt(v);
                case "--linger-ms" -> StreamsApp.lingerMs = Integer.parseInt(v);
                case "--lead-seconds" -> leadSeconds = Integer.parseInt(v);
                case "--spread-seconds" -> spreadSeconds = Integer.parseInt(v);
                case "--profiles" -> profiles = Integer.parseInt(v);
                case "--restarts" -> restarts = Integer.parseInt(v);
                case "--restart-subjects" -> restartSubjects = args[i + 1];
                case "--threads" -> threads = Integer.parseInt(v);
                case "--drain-timeout-minutes" -> drainTimeoutMinutes = Integer.parseInt(v);
                case "--load-commit-ms" -> loadCommitMs = Integer.parseInt(v);
                case "--bootstrap" -> bootstrap = args[i + 1];
                case "--results-dir" -> resultsDir = Path.of(args[i + 1]);
                case "--name" -> name = args[i + 1];
                default -> throw new IllegalArgumentException("unknown option " + args[i] + "\n" + usage());
            }
        }
        if (!List.of("nhs-names", "nhs-only").contains(restartSubjects)) {
            throw new IllegalArgumentException("--restart-subjects nhs-names|nhs-only");
        }
    }

    private static String usage() {
        return "usage: CorrelationTopologyBenchmark throughput|latency|timers|restart [options]\n"
                + "  throughput: --events N (100000) --children C (N/20) --hotspot-share H (0: share of returns found"
                + " at one of 15 named hotspots) --days D (180: event times spread over the D days before the run)"
                + " --drain-timeout-minutes T (20: then report the topology unfinished)\n"
                + "  latency:    --rate R (1000/s) --seconds S (60) --warmup-seconds W (10) --every K (10)"
                + " --preload P (5000) --children C (1000)\n"
                + "  throughput, latency: --jit-warmup-events J (throughput min(N, 20000), latency 20000: other"
                + " children's events through the whole topology on a second broker first, not counted; 0 for a cold"
                + " JVM)\n"
                + "  timers:     --timers H (300) --lead-seconds L (20) --spread-seconds S (40)\n"
                + "  restart:    --profiles M (100000) --restarts R (3) --restart-subjects nhs-names|nhs-only"
                + " --load-commit-ms C (commit interval while the state is built; restarts use --commit-ms)\n"
                + "  all:        --seed S (42) --threads T (1 stream thread per app) --commit-ms C (25) --linger-ms L"
                + " (0: producer linger.ms) --bootstrap host:port (default: a broker in this JVM) --results-dir DIR"
                + " --name NAME";
    }

    private String defaultName() {
        return "correlation-topology-" + mode + "-" + switch (mode) {
            case "throughput" -> size(events);
            case "latency" -> rate + "per-s-" + seconds + "s";
            case "timers" -> timers + "-timers";
            default -> size(profiles) + "-profiles";
        };
    }

    private static String size(int n) {
        return n % 1_000_000 == 0 ? n / 1_000_000 + "M" : n % 1_000 == 0 ? n / 1_000 + "k" : String.valueOf(n);
    }

    Map<String, Object> run() throws Exception {
        work = Files.createTempDirectory("lantern-topology-bench");
        KafkaBroker broker = null;
        try (var machine = new Machine()) {
            if (bootstrap == null) {
                long t = System.nanoTime();
                broker = new KafkaBroker(work.resolve("kafka"), 0, 0);
                broker.start();
                bootstrap = broker.bootstrapServers();
                log("broker %s up in %d ms", bootstrap, (System.nanoTime() - t) / 1_000_000);
            }
            cluster = new Cluster(bootstrap);
            cluster.createTopics(topics());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("benchmark", "correlation-topology");
            out.put("mode", mode);
            out.put("started_at", Instant.now().toString());
            Map<String, Object> results = switch (mode) {
                case "throughput" -> new ThroughputRun(this).run();
                case "latency" -> new LatencyRun(this).run();
                case "timers" -> new TimerRun(this).run();
                default -> new RestartRun(this).run();
            };
            out.putAll(results);
            out.put("streams_config", StreamsApp.describe(config("any", "earliest")));
            out.put("broker", broker != null ? "KRaft broker+controller in this JVM (tools/local-infra KafkaBroker), "
                    + Cluster.PARTITIONS + " partitions per topic, RF 1" : "external: " + bootstrap);
            out.put("jvm", Machine.jvm());
            out.put("machine", machine.report());
            return out;
        } finally {
            if (cluster != null) {
                cluster.close();
            }
            if (broker != null) {
                broker.stop();
            }
            deleteQuietly(work);
        }
    }

    List<String> topics() {
        var all = new ArrayList<String>(CorrelationTopology.sourceTopics());
        all.addAll(List.of(CorrelationTopology.DECISIONS, CorrelationTopology.CHILD_EVENTS, CorrelationTopology.ALERTS,
                CorrelationTopology.IDENTITY, CorrelationTopology.PROFILES, CorrelationTopology.ANALYST_FEED,
                CorrelationTopology.ANALYST_FEED_V2, CorrelationTopology.DEAD_LETTERS, BareApps.PASS_THROUGH_OUT, BareApps.DEADLINES_IN,
                BareApps.DEADLINES_OUT));
        return all;
    }

    /** The wall-clock tick of the time rules: the service's default (lantern.correlation.clock-tick), 250 ms. */
    static Duration tick = Duration.ofMillis(250);

    /** The topology as the service runs it: persistent stores, default matching and pattern settings and tick. */
    static CorrelationSettings settings() {
        return new CorrelationSettings(MatchSettings.defaults(), PatternSettings.defaults(), ANALYST_KEY, tick, true);
    }

    static Topology correlationTopology() {
        var builder = new StreamsBuilder();
        new CorrelationTopology(settings()).addTo(builder);
        return builder.build();
    }

    /** The shared Streams settings for an app; its state directory under this run's work directory. */
    Properties config(String applicationId, String autoOffsetReset) {
        return StreamsApp.config(bootstrap, applicationId, work.resolve("state").resolve(applicationId),
                applicationId + "-member", threads, autoOffsetReset);
    }

    /** A new app; it reads from the earliest offset unless told otherwise. */
    StreamsApp app(Topology topology, String applicationId, String autoOffsetReset) {
        return new StreamsApp(topology, config(applicationId, autoOffsetReset));
    }

    static Map<String, Object> millisStats(long[] micros) {
        var p = new Percentiles(micros);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("count", p.count());
        m.put("mean_ms", Machine.round(p.mean() / 1e3, 1));
        m.put("p50_ms", Machine.round(p.percentile(50) / 1e3, 1));
        m.put("p95_ms", Machine.round(p.percentile(95) / 1e3, 1));
        m.put("p99_ms", Machine.round(p.percentile(99) / 1e3, 1));
        m.put("max_ms", Machine.round(p.max() / 1e3, 1));
        m.put("min_ms", Machine.round(p.min() / 1e3, 1));
        return m;
    }

    static void log(String format, Object... args) {
        System.err.printf("[topology-bench %s] " + format + "%n",
                Stream.concat(Stream.of(Instant.now().toString().substring(11, 19)), Stream.of(args)).toArray());
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a temp file left behind is harmless
                }
            });
        } catch (IOException e) {
            log("could not delete %s: %s", dir, e);
        }
    }
}
