package uk.lantern.reporting.lists.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How the lists write a value, and what they write when it is not known: {@code MISSING: <column>}, never a guess. */
final class Cells {

    static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Cells() {
    }

    static String missing(String column) {
        return "MISSING: " + column;
    }

    static boolean isMissing(String cell) {
        return cell != null && cell.startsWith("MISSING: ");
    }

    static String orMissing(String value, String column) {
        return value == null || value.isBlank() ? missing(column) : value;
    }

    static String date(LocalDate date, String column) {
        return date == null ? missing(column) : UK_DATE.format(date);
    }

    static LocalDate day(Instant at, ZoneId zone) {
        return at == null ? null : at.atZone(zone).toLocalDate();
    }

    static String gender(String sex) {
        if (sex == null) {
            return null;
        }
        switch (sex) {
            case "FEMALE":
                return "Female";
            case "MALE":
                return "Male";
            case "OTHER":
                return "Other";
            default:
                return "Not known";
        }
    }

    static String age(LocalDate dateOfBirth, LocalDate on, String column) {
        if (dateOfBirth == null) {
            return missing(column);
        }
        if (on == null) {
            return missing(column);
        }
        return Integer.toString(Period.between(dateOfBirth, on).getYears());
    }
}
