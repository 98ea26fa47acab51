package uk.lantern.cmeregister.register.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import uk.lantern.cmeregister.register.domain.EnquiryCheck;
import uk.lantern.cmeregister.register.domain.EntryStatus;
import uk.lantern.cmeregister.register.domain.NotificationGround;
import uk.lantern.cmeregister.register.domain.Outcome;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.cmeregister.register.domain.RegisterEvent;

/** The register's figures: children on it and added by ground, removed by outcome, enquiries, provision below threshold. */
@Component
public class RegisterMetrics {

    private final MeterRegistry meters;
    private final RegisterStore store;
    private final Map<NotificationGround, AtomicLong> onRegister = new EnumMap<>(NotificationGround.class);

    public RegisterMetrics(MeterRegistry meters, RegisterStore store) {
        this.meters = meters;
        this.store = store;
        for (NotificationGround ground : NotificationGround.values()) {
            AtomicLong count = new AtomicLong();
            onRegister.put(ground, count);
            Gauge.builder("lantern.cme.children.on.register", count, AtomicLong::get)
                    .description("Children on the register now, by the ground they joined on")
                    .tag("ground", ground.name())
                    .register(meters);
            added(ground);
        }
        for (Outcome outcome : Outcome.values()) {
            removed(outcome);
        }
        for (EnquiryCheck check : EnquiryCheck.values()) {
            enquiries(check);
        }
        belowThreshold();
    }

    void stored(RegisterEntry entry, List<RegisterEvent> events) {
        for (RegisterEvent event : events) {
            if (event instanceof RegisterEvent.ChildAddedToRegister e) {
                added(e.notification().ground()).increment();
                onRegister.get(entry.ground()).incrementAndGet();
            } else if (event instanceof RegisterEvent.ChildRemovedFromRegister e) {
                removed(e.removal().outcome()).increment();
                onRegister.get(entry.ground()).decrementAndGet();
            } else if (event instanceof RegisterEvent.EnquiryLogged e) {
                enquiries(e.enquiry().check()).increment();
            } else if (event instanceof RegisterEvent.AlternativeProvisionRecorded e && e.provision().belowThreshold()) {
                belowThreshold().increment();
            }
        }
    }

    /**
     * An entry erased: counted by reason; a child erased while still on the register (wrongly recorded) leaves the
     * gauge at once rather than at the next refresh.
     */
    public void erased(RegisterEntry entry, String reason) {
        erasures(reason).increment();
        if (entry.status() == EntryStatus.ON_REGISTER) {
            onRegister.get(entry.ground()).decrementAndGet();
        }
    }

    /** Erasures by reason ({@code RETENTION}, {@code WRONGLY_RECORDED}). */
    public Counter erasures(String reason) {
        return Counter.builder("lantern.cme.entries.erased").description("Register entries erased")
                .tag("reason", reason).register(meters);
    }

    @Scheduled(fixedDelayString = "${lantern.metrics.register-refresh:15s}", initialDelay = 0)
    public void refreshOnRegister() {
        store.countOnRegisterByGround().forEach((ground, count) -> onRegister.get(ground).set(count));
    }

    private Counter added(NotificationGround ground) {
        return Counter.builder("lantern.cme.children.added").description("Children added to the register")
                .tag("ground", ground.name()).register(meters);
    }

    private Counter removed(Outcome outcome) {
        return Counter.builder("lantern.cme.children.removed").description("Children removed from the register")
                .tag("outcome", outcome.name()).register(meters);
    }

    private Counter enquiries(EnquiryCheck check) {
        return Counter.builder("lantern.cme.enquiries.logged").description("Enquiries logged")
                .tag("check", check.name()).register(meters);
    }

    private Counter belowThreshold() {
        return Counter.builder("lantern.cme.alternative.provision.below.threshold")
                .description("Alternative provision recorded below the weekly-hours threshold").register(meters);
    }
}
