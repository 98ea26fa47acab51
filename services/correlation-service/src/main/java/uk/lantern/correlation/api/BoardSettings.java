package uk.lantern.correlation.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lantern.correlation.board.*}: how the alerts list answers a board that was just told an alert changed.
 *
 * @param catchUpWait the longest a list asked for "after alert X changed at T" waits for this service's alerts to
 *                    have that change (the event on {@code lantern.alerts.v1} reaches the board's console and this
 *                    service's projection separately, in either order); 5 s unless set
 */
@ConfigurationProperties("lantern.correlation.board")
public record BoardSettings(Duration catchUpWait) {

    public BoardSettings {
        catchUpWait = catchUpWait == null || catchUpWait.isNegative() ? Duration.ofSeconds(5) : catchUpWait;
    }
}
