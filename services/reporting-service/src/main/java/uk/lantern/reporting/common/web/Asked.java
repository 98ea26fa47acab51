package uk.lantern.reporting.common.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.lantern.reporting.figures.domain.Period;
import uk.lantern.support.problems.InvalidRequestParameter;

/**
 * The query parameters every figure and list takes, read strictly: a value that cannot be used is a 400 problem naming
 * the parameter, never a guess.
 */
public final class Asked {

    /** The longest period a figure is asked for: ten years of months. */
    static final int MAX_MONTHS = 120;
    private static final Pattern YEAR = Pattern.compile("(\\d{4})-(\\d{2})");

    private Asked() {
    }

    /**
     * {@code asAt}: an instant ({@code 2026-12-01T09:00:00Z}), or a date meaning the end of that day in England;
     * absent: now. Never after now: what Lantern will know is not known yet.
     */
    public static Instant asAt(String value, String name, Instant now, ZoneId zone) {
        if (value == null || value.isBlank()) {
            return now;
        }
        Instant asAt;
        try {
            String v = value.strip();
            asAt = v.length() == 10 ? LocalDate.parse(v).plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
                    : Instant.parse(v);
        } catch (DateTimeException e) {
            throw new InvalidRequestParameter(name, "is neither an instant (2026-12-01T09:00:00Z) nor a date (2026-12-01)");
        }
        if (asAt.isAfter(now)) {
            if (value.strip().length() == 10 && !LocalDate.parse(value.strip()).isAfter(now.atZone(zone).toLocalDate())) {
                return now; // today: as known now
            }
            throw new InvalidRequestParameter(name, "is in the future: only what Lantern knew up to now can be answered");
        }
        return asAt;
    }

    /** {@code month} (2026-11), or {@code from} and {@code to} (dates, both days included); absent: last month. */
    public static Period period(String month, String from, String to, LocalDate today) {
        if (month != null && (from != null || to != null)) {
            throw new InvalidRequestParameter("month", "give either a month or from and to, not both");
        }
        if (month != null) {
            try {
                return Period.month(YearMonth.parse(month.strip()));
            } catch (DateTimeException e) {
                throw new InvalidRequestParameter("month", "is not a month like 2026-11");
            }
        }
        if (from == null && to == null) {
            return Period.month(YearMonth.from(today).minusMonths(1));
        }
        if (from == null || to == null) {
            throw new InvalidRequestParameter(from == null ? "from" : "to", "is needed with " + (from == null ? "to" : "from"));
        }
        LocalDate first = date(from, "from");
        LocalDate last = date(to, "to");
        if (last.isBefore(first)) {
            throw new InvalidRequestParameter("to", "is before from");
        }
        if (ChronoUnit.MONTHS.between(YearMonth.from(first), YearMonth.from(last)) >= MAX_MONTHS) {
            throw new InvalidRequestParameter("to", "the period is longer than " + MAX_MONTHS + " months");
        }
        return new Period(first, last);
    }

    public static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            throw new InvalidRequestParameter(name, "is not a date like 2026-11-30");
        }
    }

    /** {@code year}: the collection year 1 April to 31 March, as {@code 2026-27}; absent: the year that holds today. */
    public static Period collectionYear(String value, LocalDate today) {
        if (value == null || value.isBlank()) {
            int first = today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1;
            return Period.collectionYear(first);
        }
        Matcher m = YEAR.matcher(value.strip());
        if (!m.matches()) {
            throw new InvalidRequestParameter("year", "is not a collection year like 2026-27");
        }
        int first = Integer.parseInt(m.group(1));
        if ((first + 1) % 100 != Integer.parseInt(m.group(2))) {
            throw new InvalidRequestParameter("year", "is not a collection year like 2026-27 (the second year follows the first)");
        }
        return Period.collectionYear(first);
    }

    /** {@code format}: json or csv; absent: as the Accept header asks. */
    public static void format(String value) {
        if (value != null && !Set.of("json", "csv").contains(value)) {
            throw new InvalidRequestParameter("format", "is json or csv");
        }
    }

    /** The answer in the form {@code format} names (checked by {@link #format}), else as the Accept header asks. */
    public static <T> ResponseEntity<T> inFormat(T body, String format) {
        if (format == null) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.ok().contentType("csv".equals(format) ? CsvConverter.TEXT_CSV : MediaType.APPLICATION_JSON)
                .body(body);
    }
}
