package uk.lantern.correlation.patterns;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;

/**
 * England's calendar as the rules count it. A working day is Monday to Friday except a bank holiday in England; a
 * school day is a working day outside the authority's school holidays (a setting: its term dates). Bank holidays
 * come from Jollyday's rules for England (the United Kingdom calendar, subdivision "eng"), which know the moving
 * feasts, the substitute days and the one-off holidays (a jubilee, a state funeral), so no list has to be kept up to
 * date by hand. Deadlines in working or school days run to the end of the last day: "within 10 working days" of a
 * Monday is in time until midnight at the end of the Monday two weeks on (Europe/London).
 */
public final class WorkingCalendar {

    /** A stretch of days, both ends included (a school holiday). */
    public record DateRange(LocalDate from, LocalDate to) {
        public DateRange {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("a date range ends before it begins: " + from + "/" + to);
            }
        }

        /** {@code 2026-07-22/2026-09-02}, ISO 8601's interval of two dates. */
        public static DateRange parse(String text) {
            var parts = text.trim().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("a date range is written 2026-07-22/2026-09-02, not " + text);
            }
            return new DateRange(LocalDate.parse(parts[0].trim()), LocalDate.parse(parts[1].trim()));
        }

        boolean contains(LocalDate date) {
            return !date.isBefore(from) && !date.isAfter(to);
        }
    }

    private static final HolidayManager ENGLAND =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.UNITED_KINGDOM));
    private static final Map<Integer, Set<LocalDate>> ENGLISH_BANK_HOLIDAYS = new ConcurrentHashMap<>();

    private final ZoneId zone;
    private final Function<Integer, Set<LocalDate>> bankHolidays;
    private final List<DateRange> schoolHolidays;

    private WorkingCalendar(ZoneId zone, Function<Integer, Set<LocalDate>> bankHolidays,
                            List<DateRange> schoolHolidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.bankHolidays = bankHolidays;
        this.schoolHolidays = List.copyOf(schoolHolidays);
    }

    /** England's bank holidays, and these school holidays. */
    public static WorkingCalendar england(ZoneId zone, List<DateRange> schoolHolidays) {
        return new WorkingCalendar(zone, WorkingCalendar::englishBankHolidays, schoolHolidays);
    }

    private static Set<LocalDate> englishBankHolidays(int year) {
        return ENGLISH_BANK_HOLIDAYS.computeIfAbsent(year, y -> ENGLAND.getHolidays(Year.of(y), "eng").stream()
                .map(Holiday::getDate).collect(Collectors.toUnmodifiableSet()));
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isWorkingDay(LocalDate date) {
        var day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY
                && !bankHolidays.apply(date.getYear()).contains(date);
    }

    public boolean isSchoolDay(LocalDate date) {
        return isWorkingDay(date) && schoolHolidays.stream().noneMatch(holiday -> holiday.contains(date));
    }

    /** The {@code days}th working day after {@code date} (a Saturday plus 1 is the Monday, or Tuesday after a bank holiday). */
    public LocalDate plusWorkingDays(LocalDate date, int days) {
        return plus(date, days, true);
    }

    /** The {@code days}th school day after {@code date}. */
    public LocalDate plusSchoolDays(LocalDate date, int days) {
        return plus(date, days, false);
    }

    /** The end of the {@code days}th working day after {@code at}'s day: the first instant that is late. */
    public Instant endOfWorkingDays(Instant at, int days) {
        return startOf(plusWorkingDays(at.atZone(zone).toLocalDate(), days).plusDays(1));
    }

    /** The end of the {@code days}th school day after {@code date}: the first instant that is late. */
    public Instant endOfSchoolDays(LocalDate date, int days) {
        return startOf(plusSchoolDays(date, days).plusDays(1));
    }

    public Instant startOf(LocalDate date) {
        return date.atStartOfDay(zone).toInstant();
    }

    private LocalDate plus(LocalDate date, int days, boolean working) {
        var d = date;
        var left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (working ? isWorkingDay(d) : isSchoolDay(d)) {
                left--;
            }
        }
        return d;
    }
}
