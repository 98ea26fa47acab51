package uk.lantern.support.retention;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Runs a service's retention purge on its schedule ({@link PurgeSchedule#cron()}, from the service's own
 * {@code lantern.retention.purge-cron}); nothing is scheduled when {@link PurgeSchedule#enabled()} is false. A service
 * declares one as a bean, with the pass to run; the service must {@code @EnableScheduling}.
 */
public final class ScheduledRetentionPurge implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRetentionPurge.class);

    private final PurgeSchedule schedule;
    private final Runnable pass;

    public ScheduledRetentionPurge(PurgeSchedule schedule, Runnable pass) {
        this.schedule = schedule;
        this.pass = pass;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (schedule.enabled()) {
            registrar.addCronTask(this::purge, schedule.cron());
        }
    }

    /** One scheduled pass; a pass that stops is logged, and the next run goes on from there. */
    public void purge() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            // The store away or a race: what was erased stays erased, the rest is still due at the next run.
            log.warn("Retention purge stopped ({}); the next run goes on from there", e.getMessage());
        }
    }
}
