package uk.lantern.benchmarks.topology;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;

/**
 * One Kafka Streams instance with the configuration every app in these benchmarks shares (the correlation service's
 * production settings): exactly-once v2, 100 ms commits, producer {@code linger.ms} 0, static membership, a given
 * state directory. Records when it reached RUNNING and how many records its threads have processed.
 */
final class StreamsApp implements AutoCloseable {

    static final String PROCESS_TOTAL = "process-total";
    static final String THREAD_METRICS = "stream-thread-metrics";

    private final KafkaStreams streams;
    private final String applicationId;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile long runningAtNanos = -1;
    private volatile long startedAtNanos = -1;
    private volatile KafkaStreams.State lastState;
    private final int threads;
    private List<Metric> processTotals = List.of();

    StreamsApp(Topology topology, Properties config) {
        this.applicationId = config.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        this.threads = Integer.parseInt(String.valueOf(config.get(StreamsConfig.NUM_STREAM_THREADS_CONFIG)));
        this.streams = new KafkaStreams(topology, config);
        streams.setStateListener((next, previous) -> {
            lastState = next;
            if (next == KafkaStreams.State.RUNNING && runningAtNanos < 0) {
                runningAtNanos = System.nanoTime();
                running.countDown();
            }
        });
        streams.setUncaughtExceptionHandler(e -> {
            System.err.println("[topology-bench] stream thread of " + applicationId + " failed: " + e);
            e.printStackTrace();
            return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse
                    .SHUTDOWN_CLIENT;
        });
    }

    /** commit.interval.ms of every app in the run (--commit-ms): the service's default, 25 ms. */
    static int commitIntervalMs = 25;

    /** producer linger.ms of every app in the run (--linger-ms): the service's default. */
    static int lingerMs = 0;

    /** The shared settings; {@code autoOffsetReset} is where a new group starts (earliest, or latest). */
    static Properties config(String bootstrap, String applicationId, Path stateDir, String instanceId, int threads,
                             String autoOffsetReset) {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, commitIntervalMs);
        p.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), lingerMs);
        // As the service (application.yml): one request in flight, against KAFKA-14359's retry loop.
        p.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION), 1);
        p.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId);
        p.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
        p.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, threads);
        p.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, 1);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, autoOffsetReset);
        p.put(StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG, Serdes.StringSerde.class);
        p.put(StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG, Serdes.ByteArraySerde.class);
        return p;
    }

    static Map<String, Object> describe(Properties config) {
        var m = new java.util.LinkedHashMap<String, Object>();
        for (String key : new String[] {StreamsConfig.PROCESSING_GUARANTEE_CONFIG,
                StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG),
                StreamsConfig.producerPrefix(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION),
                StreamsConfig.NUM_STREAM_THREADS_CONFIG, ConsumerConfig.GROUP_INSTANCE_ID_CONFIG}) {
            m.put(key, String.valueOf(config.get(key)));
        }
        m.put("state.dir", "a temporary directory");
        return m;
    }

    String applicationId() {
        return applicationId;
    }

    KafkaStreams streams() {
        return streams;
    }

    void start() {
        startedAtNanos = System.nanoTime();
        streams.start();
    }

    long startedAtNanos() {
        return startedAtNanos;
    }

    /** When the instance first reached RUNNING (System.nanoTime). */
    long awaitRunning(Duration timeout) throws InterruptedException {
        if (!running.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException(applicationId + " did not reach RUNNING in " + timeout + " (state "
                    + lastState + ")");
        }
        return runningAtNanos;
    }

    /** Records processed by all its stream threads so far. */
    long processed() {
        if (processTotals.isEmpty() || processTotals.size() < threads) {
            // the threads' metrics exist once they run; the metric map is large, so look them up only until found
            processTotals = streams.metrics().entrySet().stream()
                    .filter(e -> e.getKey().name().equals(PROCESS_TOTAL) && e.getKey().group().equals(THREAD_METRICS))
                    .map(Map.Entry::getValue)
                    .map(m -> (Metric) m)
                    .toList();
        }
        double total = 0;
        for (Metric m : processTotals) {
            if (m.metricValue() instanceof Number n) {
                total += n.doubleValue();
            }
        }
        return (long) total;
    }

    /**
     * CPU time used so far by this instance's stream threads and by their producers' sender threads (nanoseconds,
     * from the JVM's thread CPU clock): the work of the app itself, which contention on a shared machine slows but
     * does not add to, unlike wall-clock time. The threads exist until {@link #close()}, so read this before.
     */
    Map<String, Long> threadCpuNanos() {
        var mx = ManagementFactory.getThreadMXBean();
        long stream = 0;
        long sender = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            String name = t.getName();
            if (!name.contains(applicationId + "-") || !name.contains("-StreamThread-")) {
                continue;
            }
            long cpu = mx.getThreadCpuTime(t.getId());
            if (cpu < 0) {
                continue;
            }
            if (name.startsWith("kafka-producer-network-thread")) {
                sender += cpu;
            } else if (name.startsWith(applicationId + "-")) {
                stream += cpu;
            }
        }
        return Map.of("stream_threads", stream, "producer_senders", sender);
    }

    boolean failed() {
        return lastState == KafkaStreams.State.ERROR || lastState == KafkaStreams.State.PENDING_ERROR;
    }

    /** A clean close (the static member does not leave the group); how long it took, in ms. */
    long closeTimed() {
        long t = System.nanoTime();
        boolean closed = streams.close(Duration.ofSeconds(60));
        if (!closed) {
            System.err.println("[topology-bench] " + applicationId + " did not close within 60 s");
        }
        return (System.nanoTime() - t) / 1_000_000;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(60));
    }
}
