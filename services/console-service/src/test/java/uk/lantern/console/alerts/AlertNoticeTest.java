package uk.lantern.console.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a board is told of an event, and the rows it then asks for. */
class AlertNoticeTest {

    static byte[] envelope(String type, String recordedAt) {
        return ("{\"eventType\":\"" + type + "\",\"recordedAt\":\"" + recordedAt + "\",\"data\":{\"alertId\":\"a-1\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void the_correlation_services_own_alert_events_carry_when_they_were_recorded_so_the_rows_can_wait_for_them() {
        Instant at = Instant.parse("2026-12-07T07:46:00.123456Z");
        assertThat(AlertNotice.from(envelope("AlertRaised", at.toString())))
                .contains(new AlertNotice("a-1", AlertNotice.Change.RAISED, at));
        assertThat(AlertNotice.from(envelope("AlertUpdated", at.toString())))
                .contains(new AlertNotice("a-1", AlertNotice.Change.UPDATED, at));
        assertThat(AlertNotice.from(envelope("AlertCleared", at.toString())))
                .contains(new AlertNotice("a-1", AlertNotice.Change.CLEARED, at));
        assertThat(AlertNotices.fetch("/alerts/rows?area=West", new AlertNotice("a-1", AlertNotice.Change.RAISED, at)))
                .contains("hx-get=\"/alerts/rows?area=West&amp;changed=a-1&amp;change=RAISED&amp;changedAt="
                        + "2026-12-07T07:46:00.123456Z\"", "hx-trigger=\"load\"");
    }

    @Test
    void work_on_an_alert_is_stored_before_it_is_published_so_its_notice_asks_for_no_wait() {
        assertThat(AlertNotice.from(envelope("AlertAcknowledged", "2026-12-07T07:46:00Z")))
                .contains(new AlertNotice("a-1", AlertNotice.Change.UPDATED, null));
        assertThat(AlertNotices.fetch("/alerts/rows", new AlertNotice("a-1", AlertNotice.Change.UPDATED)))
                .doesNotContain("changedAt");
    }

    @Test
    void a_time_that_is_not_one_still_tells_the_board_without_a_wait() {
        assertThat(AlertNotice.from(envelope("AlertRaised", "yesterday")))
                .contains(new AlertNotice("a-1", AlertNotice.Change.RAISED, null));
    }

    @Test
    void asking_again_is_a_little_later_and_counted() {
        Instant at = Instant.parse("2026-12-07T07:46:00Z");
        assertThat(AlertNotices.fetch("/alerts/rows", new AlertNotice("a-1", AlertNotice.Change.RAISED, at), 2))
                .contains("&amp;asked=2\"", "hx-trigger=\"load delay:2s\"");
    }
}
