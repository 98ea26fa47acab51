package uk.lantern.console.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Alerts in the words coordinators use: the patterns of DOMAIN.md, severities and statuses as words (never a colour
 * alone), times in London and waits as "3 hours".
 */
public final class Words {

    public static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM, HH:mm", Locale.UK)
            .withZone(LONDON);

    /**
     * The correlation service's area of a child no configured area covers (no home postcode, or one outside every
     * area): what an alert's {@code area} says, and the value its {@code GET /alerts?area=} takes for those alerts.
     */
    public static final String AREA_NOT_KNOWN = "Area not known";

    /** DOMAIN.md's codes, in the order the filter offers them, with what each means. */
    public static final Map<String, String> CODES = new LinkedHashMap<>();
    /** Most severe first. */
    public static final Map<String, String> SEVERITIES = new LinkedHashMap<>();
    public static final Map<String, String> STATUSES = new LinkedHashMap<>();
    /** How a coordinator closes an alert (the correlation service's closed list). */
    public static final Map<String, String> OUTCOMES = new LinkedHashMap<>();

    static {
        CODES.put("NEED_TO_KNOW", "Need to know: a child at high risk is missing");
        CODES.put("RHI_OVERDUE", "Return interview overdue");
        CODES.put("REPEAT_MISSING", "Missing again and again");
        CODES.put("MISSING_AND_CME", "Missing and missing education");
        CODES.put("MISSING_WITH_EXPLOITATION_RISK", "Missing with a risk of exploitation");
        CODES.put("SCREENING_GAP", "Exploitation screening not done");
        CODES.put("ASSESSMENT_REVIEW_OVERDUE", "Exploitation assessment review overdue");
        CODES.put("SHARED_ASSOCIATE", "Children linked by the same adult");
        CODES.put("SHARED_LOCATION", "Children linked by the same place");
        CODES.put("CME_ENQUIRY_STALLED", "Children missing education enquiry stalled");
        CODES.put("POSSIBLE_SAME_CHILD", "Possibly the same child in two records");
        CODES.put("MACE_DRIFT", "MACE drift for the chair to challenge");
        SEVERITIES.put("URGENT", "Urgent");
        SEVERITIES.put("HIGH", "High");
        SEVERITIES.put("MEDIUM", "Medium");
        SEVERITIES.put("LOW", "Low");
        STATUSES.put("OPEN", "Open");
        STATUSES.put("ESCALATED", "Escalated");
        STATUSES.put("ACKNOWLEDGED", "Acknowledged");
        STATUSES.put("ASSIGNED", "Assigned");
        STATUSES.put("RESOLVED", "Resolved");
        STATUSES.put("CLEARED", "Cleared");
        OUTCOMES.put("ACTION_TAKEN", "Action taken");
        OUTCOMES.put("NO_FURTHER_ACTION", "No further action needed");
        OUTCOMES.put("REFERRED", "Referred to another service");
        OUTCOMES.put("DUPLICATE", "Duplicate of another alert");
    }

    private Words() {
    }

    static int severityRank(String severity) {
        return switch (severity == null ? "" : severity) {
            case "URGENT" -> 4;
            case "HIGH" -> 3;
            case "MEDIUM" -> 2;
            case "LOW" -> 1;
            default -> 0;
        };
    }

    static String severity(String severity) {
        return SEVERITIES.getOrDefault(severity, severity == null ? "Unknown" : severity);
    }

    static String code(String code) {
        return CODES.getOrDefault(code, code == null ? "" : code.replace('_', ' ').toLowerCase(Locale.ROOT));
    }

    static String status(String status) {
        return STATUSES.getOrDefault(status, status == null ? "" : status);
    }

    static String outcome(String outcome) {
        return outcome == null ? null : OUTCOMES.getOrDefault(outcome, outcome);
    }

    /** "Mon 7 Dec, 09:30", London time. */
    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.UK).withZone(LONDON);

    /** "10:42" on the same London day as {@code now}, otherwise "Mon 7 Dec, 10:42". */
    public static String at(Instant at, Instant now) {
        if (at == null) {
            return "";
        }
        boolean today = at.atZone(LONDON).toLocalDate().equals(now.atZone(LONDON).toLocalDate());
        return today ? CLOCK.format(at) : when(at);
    }

    /** "2 hours ago", "in 3 hours". */
    public static String ago(Instant at, Instant now) {
        Duration between = Duration.between(at, now);
        return between.isNegative() ? "in " + duration(between.negated()) : duration(between) + " ago";
    }

    /** The largest whole unit: "under a minute", "1 minute", "5 hours", "3 days". */
    public static String duration(Duration d) {
        if (d.isNegative()) {
            d = Duration.ZERO;
        }
        if (d.toMinutes() < 1) {
            return "under a minute";
        }
        if (d.toHours() < 1) {
            return plural(d.toMinutes(), "minute");
        }
        if (d.toDays() < 2) {
            return plural(d.toHours(), "hour");
        }
        return plural(d.toDays(), "day");
    }

    private static String plural(long n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
