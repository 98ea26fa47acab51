package uk.lantern.console.mace;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The MACE service's codes in the panel's words, and dates as people write and read them. */
public final class MaceWords {

    /** The agencies that sit on the panel, in the service's order. */
    public static final List<String> AGENCIES = List.of("POLICE", "SOCIAL_CARE", "HEALTH", "EDUCATION", "YOUTH_JUSTICE",
            "VOLUNTARY_SECTOR");

    /** The exploitation categories, lowest first. */
    public static final List<String> CATEGORIES = List.of("NOT_AT_RISK", "MILD", "MODERATE", "SIGNIFICANT");

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");

    private MaceWords() {
    }

    public static String agency(String code) {
        if (code == null) {
            return "agency not recorded";
        }
        return switch (code) {
            case "POLICE" -> "Police";
            case "SOCIAL_CARE" -> "Social care";
            case "HEALTH" -> "Health";
            case "EDUCATION" -> "Education";
            case "YOUTH_JUSTICE" -> "Youth justice";
            case "VOLUNTARY_SECTOR" -> "Voluntary sector";
            default -> code.replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }

    public static String category(String code) {
        if (code == null) {
            return "not assessed";
        }
        return switch (code) {
            case "NOT_AT_RISK" -> "1 – not at risk";
            case "MILD" -> "2 – mild";
            case "MODERATE" -> "3 – moderate";
            case "SIGNIFICANT" -> "4 – significant";
            default -> code.replace('_', ' ').toLowerCase(Locale.ROOT);
        };
    }

    public static String status(String code) {
        return switch (code == null ? "" : code) {
            case "SCHEDULED" -> "Scheduled";
            case "OPEN" -> "In progress";
            case "CLOSED" -> "Closed";
            case "DONE" -> "Done";
            case "CANCELLED" -> "Cancelled";
            default -> "Open";
        };
    }

    /** The kind of drift, as a short label beside the service's own words. */
    public static String drift(String code) {
        return switch (code == null ? "" : code) {
            case "ACTION_OVERDUE" -> "Action overdue";
            case "ACTION_CARRIED_OVER" -> "Action carried over";
            case "NO_CHANGE_IN_RISK" -> "No change in risk";
            case "NOMINATED_NEVER_DISCUSSED" -> "Nominated, never discussed";
            default -> "Drift";
        };
    }

    public static String longDate(LocalDate date) {
        return date == null ? "date not set" : LONG.format(date);
    }

    public static String shortDate(LocalDate date) {
        return date == null ? "" : SHORT.format(date);
    }

    /**
     * A date as a person types it: day/month/year ({@code 10/12/2026}, also with dots or dashes) or ISO
     * ({@code 2026-12-10}). Empty when it is not a real date.
     */
    public static Optional<LocalDate> date(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String value = typed.strip();
        try {
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(value));
            }
            Matcher m = DAY_MONTH_YEAR.matcher(value);
            if (m.matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(1))));
            }
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
