package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    @Test
    void working_days_are_monday_to_friday() {
        assertThat(WorkingDays.plus(LocalDate.parse("2026-11-06"), 1)).isEqualTo("2026-11-09"); // Friday + 1
        assertThat(WorkingDays.plus(LocalDate.parse("2026-11-07"), 1)).isEqualTo("2026-11-09"); // Saturday + 1
        assertThat(WorkingDays.plus(LocalDate.parse("2026-11-02"), 10)).isEqualTo("2026-11-16");
        assertThat(WorkingDays.plus(LocalDate.parse("2026-11-02"), 20)).isEqualTo("2026-11-30");
    }

    @Test
    void an_instant_keeps_its_london_time_of_day_across_the_clock_change() {
        var friday = Instant.parse("2027-03-26T09:00:00Z"); // 09:00 GMT
        assertThat(WorkingDays.plus(friday, 1, ZoneId.of("Europe/London")))
                .isEqualTo(Instant.parse("2027-03-29T08:00:00Z")); // Monday 09:00 BST
    }
}
