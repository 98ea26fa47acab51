package uk.lantern.returninterview.interview.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.lantern.returninterview.interview.domain.InterviewCase;
import uk.lantern.returninterview.interview.domain.Urgency;

/**
 * What coordinators watch: cases opened and outcomes recorded by context and provider, cases waiting for an offer by
 * provider and urgency, and what became of each consumed missing-episode event.
 */
@Component
public class CaseMetrics {

    private final MeterRegistry meters;
    private final CaseStore store;
    private final InterviewSettings settings;
    private final Clock clock;
    private final Map<String, AtomicLong> awaiting = new ConcurrentHashMap<>();

    public CaseMetrics(MeterRegistry meters, CaseStore store, InterviewSettings settings, Clock clock) {
        this.meters = meters;
        this.store = store;
        this.settings = settings;
        this.clock = clock;
        settings.providers().values().forEach(provider -> {
            for (Urgency urgency : Urgency.values()) {
                awaiting(provider, urgency);
            }
        });
    }

    void caseOpened(InterviewCase opened) {
        Counter.builder("lantern.return.interview.cases.opened")
                .description("Return-interview cases opened since the service started")
                .tags("context", opened.context().name(), "provider", opened.provider())
                .register(meters).increment();
    }

    void recorded(InterviewCase after, String what) {
        Counter.builder("lantern.return.interview.records")
                .description("Offers, answers, interviews, decisions and closures recorded")
                .tags("record", what, "context", after.context().name(), "provider", after.provider())
                .register(meters).increment();
    }

    public void consumed(String eventType, String result) {
        Counter.builder("lantern.missing.episode.events.consumed")
                .description("Missing-episode events read: applied, duplicate or ignored")
                .tags("type", eventType, "result", result)
                .register(meters).increment();
    }

    @Scheduled(fixedDelayString = "${lantern.metrics.awaiting-outcome-refresh:15s}", initialDelay = 0)
    public void refreshAwaitingOutcome() {
        for (String provider : settings.providers().values()) {
            Map<Urgency, Long> counts = new java.util.EnumMap<>(Urgency.class);
            store.findAwaitingOutcome(provider).forEach(c -> c.urgency(clock.instant(), settings.dueSoon())
                    .ifPresent(u -> counts.merge(u, 1L, Long::sum)));
            for (Urgency urgency : Urgency.values()) {
                awaiting(provider, urgency).set(counts.getOrDefault(urgency, 0L));
            }
        }
    }

    private AtomicLong awaiting(String provider, Urgency urgency) {
        return awaiting.computeIfAbsent(provider + "|" + urgency, k -> {
            AtomicLong count = new AtomicLong();
            Gauge.builder("lantern.return.interview.cases.awaiting.outcome", count, AtomicLong::get)
                    .description("Cases with no interview carried out, no decline and no decision not to offer yet, by urgency")
                    .tags("provider", provider, "urgency", urgency.name())
                    .register(meters);
            return count;
        });
    }
}
