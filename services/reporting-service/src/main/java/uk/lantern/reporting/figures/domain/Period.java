package uk.lantern.reporting.figures.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Whole days, first and last included, in England's time: a day starts at local midnight, so the day the clocks go
 * forward has 23 hours and the day they go back 25, and an instant belongs to the day its local date says.
 */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    /** The collection year of the DfE returns: 1 April to 31 March, named by its first year (2026 = 2026-27). */
    public static Period collectionYear(int firstYear) {
        return new Period(LocalDate.of(firstYear, 4, 1), LocalDate.of(firstYear + 1, 3, 31));
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public boolean contains(Instant at, ZoneId zone) {
        return at != null && !at.isBefore(start(zone)) && at.isBefore(end(zone));
    }

    public boolean contains(LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }

    /** The calendar months the period touches, each cut to the period. */
    public List<Period> months() {
        List<Period> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            LocalDate first = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate last = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            months.add(new Period(first, last));
        }
        return months;
    }

    /** {@code 2026-11} for a whole month, else {@code 2026-11-03..2026-11-20}. */
    public String label() {
        YearMonth month = YearMonth.from(from);
        if (from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth())) {
            return month.toString();
        }
        return from + ".." + to;
    }
}
