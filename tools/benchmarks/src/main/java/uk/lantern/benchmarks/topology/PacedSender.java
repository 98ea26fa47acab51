package uk.lantern.benchmarks.topology;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;

import uk.lantern.benchmarks.Percentiles;
import uk.lantern.benchmarks.topology.SourceMessages.Message;

/**
 * Sends messages at a fixed rate, each at its own slot on a schedule (not in bursts), with {@code linger.ms} 0 and
 * {@code acks=all}, and notes when each was handed to the producer (System.nanoTime, just before {@code send}).
 * Every record carries its event id in a header, {@value #EVENT_ID_HEADER}, which a pass-through keeps.
 */
final class PacedSender {

    static final String EVENT_ID_HEADER = "bench-event-id";

    private final Cluster cluster;
    private final int rate;

    PacedSender(Cluster cluster, int rate) {
        this.cluster = cluster;
        this.rate = rate;
    }

    /** What was sent: send times of each message (by index), how far behind the schedule the sender fell. */
    record Sent(long[] sendNanos, long[] behindMicros, double seconds, long failures) {
        Map<String, Object> describe(int rate) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("messages", sendNanos.length);
            m.put("target_rate_per_second", rate);
            m.put("achieved_rate_per_second", Math.round(sendNanos.length / seconds));
            var behind = new Percentiles(behindMicros);
            m.put("behind_schedule_p99_ms", Machine.round(behind.percentile(99) / 1e3, 2));
            m.put("behind_schedule_max_ms", Machine.round(behind.max() / 1e3, 2));
            m.put("send_failures", failures);
            return m;
        }
    }

    Sent send(List<Message> messages) {
        long[] sendNanos = new long[messages.size()];
        long[] behind = new long[messages.size()];
        var failures = new AtomicLong();
        long interval = 1_000_000_000L / rate;
        try (var producer = cluster.producer(false)) {
            long start = System.nanoTime() + 50_000_000L;
            for (int i = 0; i < messages.size(); i++) {
                long target = start + i * interval;
                long now;
                while ((now = System.nanoTime()) < target) {
                    if (target - now > 300_000) {
                        LockSupport.parkNanos(target - now - 200_000);
                    } else {
                        Thread.onSpinWait();
                    }
                }
                Message m = messages.get(i);
                var headers = new RecordHeaders();
                headers.add(EVENT_ID_HEADER, m.eventId().toString().getBytes(StandardCharsets.UTF_8));
                behind[i] = (now - target) / 1_000;
                sendNanos[i] = System.nanoTime();
                producer.send(new ProducerRecord<>(m.topic(), null, m.key(), m.value(), headers), (meta, e) -> {
                    if (e != null) {
                        failures.incrementAndGet();
                    }
                });
            }
            producer.flush();
            return new Sent(sendNanos, behind, (System.nanoTime() - start) / 1e9, failures.get());
        }
    }
}
