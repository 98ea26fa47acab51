package uk.lantern.console.child;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferredTest {

    private static final String HOST = "console.lantern.test:8086";

    @Test
    void from_an_alerts_own_page_the_alert_is_the_purpose() {
        assertThat(Referred.by("http://console.lantern.test:8086/alerts/a-17", HOST))
                .isEqualTo(new Referred("a-17", Purpose.ALERT));
    }

    @Test
    void from_the_board_working_an_alert_is_offered_first_without_naming_one() {
        assertThat(Referred.by("http://console.lantern.test:8086/alerts?code=NEED_TO_KNOW", HOST))
                .isEqualTo(new Referred(null, Purpose.ALERT));
        assertThat(Referred.by("http://console.lantern.test:8086/alerts/rows", HOST))
                .isEqualTo(new Referred(null, Purpose.ALERT));
    }

    @Test
    void from_the_daily_review_or_the_mace_pages_their_purpose_is_offered_first() {
        assertThat(Referred.by("http://console.lantern.test:8086/alerts/daily-review", HOST).offered())
                .isEqualTo(Purpose.DAILY_REVIEW);
        assertThat(Referred.by("http://console.lantern.test:8086/mace/meetings/m-1", HOST).offered())
                .isEqualTo(Purpose.MACE_PREPARATION);
    }

    @Test
    void another_site_or_no_referer_says_nothing() {
        assertThat(Referred.by("https://elsewhere.example/alerts/a-17", HOST))
                .isEqualTo(new Referred(null, Purpose.DAILY_REVIEW));
        assertThat(Referred.by(null, HOST)).isEqualTo(new Referred(null, Purpose.DAILY_REVIEW));
        assertThat(Referred.by("not a uri", HOST)).isEqualTo(new Referred(null, Purpose.DAILY_REVIEW));
    }
}
