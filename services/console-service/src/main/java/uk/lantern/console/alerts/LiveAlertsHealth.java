package uk.lantern.console.alerts;

import java.time.Duration;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Part of the console's readiness ({@code /actuator/health/readiness}): a console that has just started is not ready
 * until it hears the alert topics, so no board is opened that would miss an alert raised in the meantime. Once it has
 * listened it stays ready whatever the broker does (open boards then say that live updates are paused), and a console
 * that cannot reach the broker at all becomes ready after {@link LiveSettings#quietAfter()} anyway, its boards saying
 * so: the alerts are still there to read.
 */
@Component("liveFeedHealthIndicator") // the health contributor "liveFeed"
class LiveAlertsHealth implements HealthIndicator {

    private final LiveSettings settings;
    private final LiveAlerts live;
    private final long startedNanos = System.nanoTime();

    LiveAlertsHealth(LiveSettings settings, LiveAlerts live) {
        this.settings = settings;
        this.live = live;
    }

    @Override
    public Health health() {
        return health(settings.enabled(), live.everListened(), live.hearing(),
                Duration.ofNanos(System.nanoTime() - startedNanos), settings.quietAfter());
    }

    static Health health(boolean enabled, boolean everListened, boolean hearing, Duration sinceStart,
                         Duration grace) {
        if (!enabled) {
            return Health.up().withDetail("live", "off").build();
        }
        if (everListened || sinceStart.compareTo(grace) >= 0) {
            return Health.up().withDetail("live", hearing ? "hearing the alert topics" : "paused").build();
        }
        return Health.outOfService().withDetail("live", "joining the alert topics").build();
    }
}
