package uk.lantern.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

class LiveAlertsHealthTest {

    private static final Duration GRACE = Duration.ofSeconds(45);

    @Test
    void a_console_just_started_is_not_ready_until_it_hears_the_alert_topics() {
        assertThat(LiveAlertsHealth.health(true, false, false, Duration.ofSeconds(3), GRACE).getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(LiveAlertsHealth.health(true, true, true, Duration.ofSeconds(3), GRACE).getStatus())
                .isEqualTo(Status.UP);
    }

    @Test
    void once_it_has_listened_it_stays_ready_when_the_broker_goes_and_without_a_broker_it_is_ready_after_the_grace() {
        assertThat(LiveAlertsHealth.health(true, true, false, Duration.ofHours(2), GRACE).getDetails())
                .containsEntry("live", "paused");
        assertThat(LiveAlertsHealth.health(true, true, false, Duration.ofHours(2), GRACE).getStatus())
                .isEqualTo(Status.UP);
        assertThat(LiveAlertsHealth.health(true, false, false, Duration.ofSeconds(44), GRACE).getStatus())
                .isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(LiveAlertsHealth.health(true, false, false, GRACE, GRACE).getStatus()).isEqualTo(Status.UP);
        assertThat(LiveAlertsHealth.health(false, false, false, Duration.ZERO, GRACE).getStatus())
                .as("live updates switched off").isEqualTo(Status.UP);
    }
}
