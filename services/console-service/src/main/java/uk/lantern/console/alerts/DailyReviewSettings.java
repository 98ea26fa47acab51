package uk.lantern.console.alerts;

import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lantern.console.daily-review.*}: when the daily missing review usually starts, so the page's default is
 * "since the last review" (this time yesterday).
 */
@ConfigurationProperties("lantern.console.daily-review")
public record DailyReviewSettings(LocalTime startsAt, ZoneId zone) {

    public DailyReviewSettings {
        startsAt = startsAt == null ? LocalTime.of(9, 0) : startsAt;
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
    }
}
