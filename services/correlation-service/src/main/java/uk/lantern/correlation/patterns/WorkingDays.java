package uk.lantern.correlation.patterns;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Working days and school days, both counted as Monday to Friday. Bank holidays and school holidays are not known
 * to Lantern yet, so a deadline over a holiday comes a day or more early: on the safe side.
 */
final class WorkingDays {

    private WorkingDays() {
    }

    static boolean isWorkingDay(LocalDate date) {
        var day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The date {@code days} working days after {@code date} (a Saturday plus 1 is the Monday). */
    static LocalDate plus(LocalDate date, int days) {
        var d = date;
        var left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                left--;
            }
        }
        return d;
    }

    /** The instant {@code days} working days after {@code at}, at the same local time of day. */
    static Instant plus(Instant at, int days, ZoneId zone) {
        var local = at.atZone(zone);
        return plus(local.toLocalDate(), days).atTime(local.toLocalTime()).atZone(zone).toInstant();
    }

    static Instant startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }
}
