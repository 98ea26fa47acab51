package uk.lantern.correlation.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * A date of birth as recorded. Deliberately lenient: a recorded 1999-13-02 (day and month swapped by the recorder)
 * is kept as it is, because the comparison needs the digits that were written, not a corrected date.
 */
public record DateOfBirth(int year, int month, int day) {

    /** Parses {@code yyyy-MM-dd} or {@code yyyyMMdd}; anything else (or blank) gives null. */
    public static DateOfBirth parse(String text) {
        if (text == null) {
            return null;
        }
        String digits = text.strip().replace("-", "");
        if (digits.length() != 8 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return new DateOfBirth(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    /** The days between two dates of birth; empty when either is not a calendar date (a recorded 1999-13-02). */
    public OptionalLong daysApart(DateOfBirth other) {
        try {
            return OptionalLong.of(Math.abs(LocalDate.of(year, month, day).toEpochDay()
                    - LocalDate.of(other.year, other.month, other.day).toEpochDay()));
        } catch (DateTimeException notACalendarDate) {
            return OptionalLong.empty();
        }
    }

    public String digits() {
        return String.format("%04d%02d%02d", year, month, day);
    }
}
