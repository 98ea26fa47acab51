package uk.lantern.correlation.runtime;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.streams.KafkaStreamsMicrometerListener;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Kafka Streams' metrics in {@code /actuator/prometheus}, looked for every {@code lantern.metrics.refresh} (15s)
 * rather than Micrometer's default minute. A task's own metrics (the dead-lettered count of {@code AllOrNothing})
 * exist only once the task has started, after the streams client was bound: with the minute, a dead letter could go
 * uncounted in Prometheus for up to a minute. {@link CorrelationStream}'s configurer puts it in place of Boot's
 * listener; the bean is named as the binder's own ({@code binderStreamsListener}), so a binder that sees the
 * application's beans uses it too. A meter bound twice is one meter: Micrometer keeps the first.
 */
final class StreamsMetrics extends KafkaStreamsMicrometerListener implements DisposableBean {

    private final ThreadPoolTaskScheduler scheduler;
    private final Duration refresh;

    private StreamsMetrics(MeterRegistry registry, ThreadPoolTaskScheduler scheduler, Duration refresh) {
        super(registry, scheduler);
        this.scheduler = scheduler;
        this.refresh = refresh;
    }

    static StreamsMetrics refreshedEvery(MeterRegistry registry, Duration refresh) {
        if (refresh.isNegative() || refresh.isZero()) {
            throw new IllegalArgumentException("lantern.metrics.refresh must be positive, not " + refresh);
        }
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("streams-metrics-");
        scheduler.setDaemon(true);
        scheduler.initialize();
        return new StreamsMetrics(registry, scheduler, refresh);
    }

    @Override
    protected MeterBinder createClientMetrics(KafkaStreams streams, List<Tag> tags) {
        return new KafkaStreamsMetrics(streams, tags, scheduler.getScheduledExecutor(), refresh);
    }

    @Override
    public void destroy() {
        scheduler.shutdown();
    }
}
