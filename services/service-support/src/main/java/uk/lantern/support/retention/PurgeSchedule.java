package uk.lantern.support.retention;

import org.springframework.scheduling.support.CronExpression;

/**
 * How a service's retention purge runs: the parts of {@code lantern.retention.*} every service shares. Each service
 * binds them in its own settings record (beside its periods) and hands them here, where they are checked when the
 * settings are read, so a bad value stops the service at start-up, not at the first purge.
 *
 * @param cron    when the purge runs (Spring's six-field cron, in the server's zone)
 * @param batch   how many candidates one read takes
 * @param enabled false turns the scheduled purge off (erasure on request still works)
 */
public record PurgeSchedule(String cron, int batch, boolean enabled) {

    public PurgeSchedule {
        if (batch < 1) {
            throw new IllegalArgumentException("lantern.retention.purge-batch must be at least 1: " + batch);
        }
        if (cron == null || !CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException("lantern.retention.purge-cron is not a cron expression: " + cron);
        }
    }
}
