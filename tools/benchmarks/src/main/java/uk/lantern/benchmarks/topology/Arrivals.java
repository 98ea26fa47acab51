package uk.lantern.benchmarks.topology;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * A consumer thread on an output topic (read committed, as every downstream reader is) that notes when each message
 * of interest first arrived: {@code keys} names what a record stands for (an event id, a child), if anything. It
 * starts at the end of the topic, so only what is written after {@link #start()} counts.
 */
final class Arrivals implements AutoCloseable {

    /** First arrival of each key: System.nanoTime and System.currentTimeMillis at the poll that returned it. */
    record Arrival(long nanos, long wallMillis, ConsumerRecord<String, byte[]> record) {
    }

    private final Cluster cluster;
    private final String topic;
    private final Function<ConsumerRecord<String, byte[]>, List<String>> keys;
    private final Map<String, Arrival> arrivals = new ConcurrentHashMap<>();
    private final CountDownLatch positioned = new CountDownLatch(1);
    private volatile boolean stop;
    private volatile long records;
    private Thread thread;
    private volatile RuntimeException failure;

    Arrivals(Cluster cluster, String topic, Function<ConsumerRecord<String, byte[]>, List<String>> keys) {
        this.cluster = cluster;
        this.topic = topic;
        this.keys = keys;
    }

    Arrivals start() throws InterruptedException {
        thread = new Thread(this::consume, "arrivals-" + topic);
        thread.setDaemon(true);
        thread.start();
        positioned.await();
        if (failure != null) {
            throw failure;
        }
        return this;
    }

    private void consume() {
        try (var consumer = cluster.consumer()) {
            List<TopicPartition> parts = cluster.partitions(List.of(topic));
            consumer.assign(parts);
            consumer.seekToEnd(parts);
            parts.forEach(consumer::position);
            positioned.countDown();
            while (!stop) {
                var batch = consumer.poll(Duration.ofMillis(5));
                if (batch.isEmpty()) {
                    continue;
                }
                long nanos = System.nanoTime();
                long wall = System.currentTimeMillis();
                for (var r : batch) {
                    records++;
                    for (String key : keys.apply(r)) {
                        arrivals.putIfAbsent(key, new Arrival(nanos, wall, r));
                    }
                }
            }
        } catch (RuntimeException e) {
            failure = e;
            positioned.countDown();
        }
    }

    Arrival get(String key) {
        return arrivals.get(key);
    }

    boolean has(String key) {
        return arrivals.containsKey(key);
    }

    long records() {
        return records;
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        if (thread != null) {
            thread.join(10_000);
        }
    }
}
