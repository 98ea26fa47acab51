package uk.lantern.support.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Moves events from aggregate documents to their topics. One thread, so an aggregate's events leave in the order they were
 * decided; an entry is removed from the document only after the broker acknowledged it (acks=all, idempotent
 * producer). If the broker is down, entries wait in the documents and the relay retries with back-off; a crash
 * between acknowledgement and removal re-sends the same bytes under the same event id, which consumers drop.
 */
public class OutboxRelay implements SmartLifecycle, EventPublication {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final List<OutboxSource> sources;
    private final KafkaTemplate<String, String> kafka;
    private final Clock clock;
    private final RelaySettings settings;
    private final Semaphore wakeups = new Semaphore(0);
    private final Timer publishLag;
    private final MeterRegistry meters;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestPendingEpochMillis = new AtomicLong();
    private volatile boolean running;
    private Thread worker;

    public OutboxRelay(List<OutboxSource> sources, KafkaTemplate<String, String> kafka, Clock clock, RelaySettings settings,
                       MeterRegistry meters) {
        this.sources = List.copyOf(sources);
        this.kafka = kafka;
        this.clock = clock;
        this.settings = settings;
        this.meters = meters;
        this.publishLag = Timer.builder("lantern.events.publish.lag")
                .description("From the write being accepted to the broker acknowledging its event")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
        Gauge.builder("lantern.outbox.pending.events", pending, AtomicLong::get)
                .description("Events accepted but not yet acknowledged by the broker, as of the last scan")
                .register(meters);
        Gauge.builder("lantern.outbox.oldest.pending.age", this, r -> r.oldestPendingAgeSeconds())
                .description("Age in seconds of the oldest event not yet on its topic; 0 when none")
                .baseUnit("seconds")
                .register(meters);
    }

    @Override
    public void eventsStored() {
        wakeups.release();
    }

    @Override
    public void start() {
        running = true;
        worker = new Thread(this::run, "outbox-relay");
        worker.setDaemon(true);
        worker.start();
    }

    @Override
    public void stop() {
        running = false;
        wakeups.release();
        if (worker != null) {
            try {
                worker.join(settings.sendTimeout().toMillis() + 1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        Duration backoff = settings.minBackoff();
        while (running) {
            try {
                boolean moreWaiting = publishPending();
                backoff = settings.minBackoff();
                if (!moreWaiting) {
                    await(settings.pollInterval());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Publishing held back ({}); retrying in {} ms", e.getMessage(), backoff.toMillis());
                try {
                    await(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0
                        ? settings.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private void await(Duration timeout) throws InterruptedException {
        wakeups.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
        wakeups.drainPermits();
    }

    /** Publishes one batch; true if a full batch was found, so more may be waiting. */
    boolean publishPending() throws InterruptedException {
        boolean more = false;
        long pendingCount = 0;
        long oldest = Long.MAX_VALUE;
        for (OutboxSource source : sources) {
            List<OutboxSource.PendingEvents> batch = source.pendingEvents(BATCH);
            pendingCount += batch.stream().mapToLong(p -> p.events().size()).sum();
            oldest = Math.min(oldest, batch.stream().flatMap(p -> p.events().stream())
                    .mapToLong(e -> e.recordedAt().toEpochMilli()).min().orElse(Long.MAX_VALUE));
            publish(source, batch);
            more |= batch.size() == BATCH;
        }
        pending.set(pendingCount);
        oldestPendingEpochMillis.set(oldest == Long.MAX_VALUE ? 0 : oldest);
        return more;
    }

    private void publish(OutboxSource source, List<OutboxSource.PendingEvents> batch) throws InterruptedException {
        for (OutboxSource.PendingEvents aggregate : batch) {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            for (OutboxEntry event : aggregate.events()) {
                ProducerRecord<String, String> record =
                        new ProducerRecord<>(event.topic(), event.key(), event.payload());
                record.headers().add(new RecordHeader("eventId", event.eventId().getBytes()));
                record.headers().add(new RecordHeader("eventType", event.eventType().getBytes()));
                sends.add(kafka.send(record));
            }
            try {
                CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new))
                        .get(settings.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IllegalStateException("broker did not acknowledge: " + rootMessage(e), e);
            }
            source.markPublished(aggregate.aggregateId(), aggregate.events().stream().map(OutboxEntry::eventId).toList());
            Instant acked = clock.instant();
            for (OutboxEntry event : aggregate.events()) {
                publishLag.record(Duration.between(event.recordedAt(), acked));
                Counter.builder("lantern.events.published").tag("type", event.eventType()).register(meters).increment();
            }
        }
    }

    private double oldestPendingAgeSeconds() {
        long oldest = oldestPendingEpochMillis.get();
        return oldest == 0 ? 0 : Math.max(0, (clock.millis() - oldest) / 1000.0);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
