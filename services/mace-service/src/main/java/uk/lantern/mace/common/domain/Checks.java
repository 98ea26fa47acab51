package uk.lantern.mace.common.domain;

import java.time.LocalDate;

/** The domain's own checks, each naming the field. */
public final class Checks {

    public static void present(String field, Object value) {
        if (value == null) {
            throw new MaceRuleViolation(field, "is required");
        }
    }

    public static void text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw new MaceRuleViolation(field, "is required");
        }
        if (value.length() > max) {
            throw new MaceRuleViolation(field, "must be at most " + max + " characters");
        }
    }

    /** The first and last dates the panel's record takes (a meeting, a due date, a date done). */
    public static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    public static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

    /** A date that is given and within {@link #EARLIEST} and {@link #LATEST}. */
    public static void date(String field, LocalDate value) {
        present(field, value);
        if (value.isBefore(EARLIEST) || value.isAfter(LATEST)) {
            throw new MaceRuleViolation(field, "must be between " + EARLIEST + " and " + LATEST);
        }
    }

    private Checks() {
    }
}
