package uk.lantern.support.retention;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs each service's retention purge on its schedule: every {@link Pass} bean, at its {@link PurgeSchedule#cron()}
 * (the service's own {@code lantern.retention.purge-cron}), unless its {@link PurgeSchedule#enabled()} is false.
 * Declared once by {@code LanternServiceSupport}; it runs in a service that {@code @EnableScheduling}.
 */
public final class ScheduledRetentionPurge implements SchedulingConfigurer {

    /** A service's retention purge: one pass erasing what is due now, and when it runs. */
    public interface Pass {

        PurgeSchedule schedule();

        /** One pass, erasing what is due now. */
        void runPass();
    }

    private static final Logger log = LoggerFactory.getLogger(ScheduledRetentionPurge.class);

    private final List<Pass> passes;

    public ScheduledRetentionPurge(List<Pass> passes) {
        this.passes = List.copyOf(passes);
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        for (Pass pass : passes) {
            if (pass.schedule().enabled()) {
                registrar.addCronTask(() -> run(pass), pass.schedule().cron());
            }
        }
    }

    /** One scheduled pass; a pass that stops is logged, and the next run goes on from there. */
    static void run(Pass pass) {
        try {
            pass.runPass();
        } catch (RuntimeException e) {
            // The store away or a race: what was erased stays erased, the rest is still due at the next run.
            log.warn("Retention purge stopped ({}); the next run goes on from there", e.getMessage());
        }
    }
}
