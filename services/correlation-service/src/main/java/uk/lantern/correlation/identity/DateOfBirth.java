package uk.lantern.correlation.identity;

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

    public String digits() {
        return String.format("%04d%02d%02d", year, month, day);
    }
}
