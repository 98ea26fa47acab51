package uk.lantern.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MutableClockTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void todays_date_in_london_just_after_midnight_in_summer_is_a_day_after_the_utc_date() {
        MutableClock clock = new MutableClock(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER);

        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.parse("2026-07-14"));
        assertThat(LocalDate.now(clock.withZone(LONDON))).isEqualTo(LocalDate.parse("2026-07-15"));
    }

    @Test
    void a_clock_in_another_zone_moves_with_the_one_the_test_sets() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-29T00:30:00Z"));
        Clock london = clock.withZone(LONDON);

        clock.advance(Duration.ofHours(1));
        assertThat(london.instant()).isEqualTo(Instant.parse("2026-03-29T01:30:00Z"));
        clock.set(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_WINTER);
        assertThat(LocalDate.now(london)).isEqualTo(LocalDate.parse("2026-11-23"));
        assertThat(london.getZone()).isEqualTo(LONDON);
    }
}
