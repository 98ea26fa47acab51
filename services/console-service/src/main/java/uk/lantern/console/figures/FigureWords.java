package uk.lantern.console.figures;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/** The reporting service's names for figures, measures, rates and drill-downs, in the words of those who ask. */
public final class FigureWords {

    private static final Map<String, String> TITLES = Map.of(
            "missing-episodes", "Missing episodes",
            "missing-children", "Children who went missing",
            "duration-bands", "How long children were missing",
            "return-interviews", "Return home interviews",
            "cme-register", "Children missing education",
            "exploitation", "Exploitation risk",
            "alerts", "Alerts",
            "interview-themes", "Return interview themes");

    /** The measure each figure's chart shows. */
    private static final Map<String, String> CHARTED = Map.of(
            "missing-episodes", "episodes",
            "missing-children", "children",
            "duration-bands", "returned",
            "return-interviews", "returns",
            "cme-register", "onRegisterAtEnd",
            "exploitation", "childrenAssessed",
            "alerts", "raised",
            "interview-themes", "interviews");

    private static final Map<String, String> MEASURES = Map.ofEntries(
            Map.entry("episodes", "Episodes"),
            Map.entry("children", "Children"),
            Map.entry("repeatChildren", "Children missing twice or more"),
            Map.entry("returned", "Episodes ended"),
            Map.entry("upTo24Hours", "Up to 24 hours"),
            Map.entry("over24To48Hours", "Over 24 up to 48 hours"),
            Map.entry("over48HoursTo7Days", "Over 48 hours up to 7 days"),
            Map.entry("over7Days", "Over 7 days"),
            Map.entry("returns", "Returns"),
            Map.entry("offered", "Interview offered"),
            Map.entry("completed", "Interview completed"),
            Map.entry("completedWithin72Hours", "Completed within 72 hours"),
            Map.entry("declined", "Declined"),
            Map.entry("notOfferedByDecision", "Not offered, decision recorded"),
            Map.entry("nothingRecorded", "Nothing recorded"),
            Map.entry("onRegisterAtEnd", "On the register at the end"),
            Map.entry("joined", "Joined the register"),
            Map.entry("removed", "Removed from the register"),
            Map.entry("daysOnRegister", "Days on the register of those removed (total)"),
            Map.entry("childrenAssessed", "Children with an open assessment"),
            Map.entry("assessmentsCompleted", "Assessments completed"),
            Map.entry("reviewsDone", "Reviews done"),
            Map.entry("overdueForReview", "Overdue for review"),
            Map.entry("concernsAwaitingAssessment", "Concerns awaiting assessment"),
            Map.entry("raised", "Alerts raised"),
            Map.entry("resolved", "Resolved"),
            Map.entry("hoursToResolve", "Hours to resolve (total)"),
            Map.entry("interviews", "Interviews completed"),
            Map.entry("repeatRate", "Repeat rate (%)"),
            Map.entry("upTo48HoursRate", "Back within 48 hours (%)"),
            Map.entry("offeredRate", "Offered (% of returns)"),
            Map.entry("completedRate", "Completed (% of returns)"),
            Map.entry("completedWithin72HoursRate", "Completed within 72 hours (% of returns)"),
            Map.entry("medianDaysOnRegister", "Median days on the register"),
            Map.entry("medianHoursToResolve", "Median hours to resolve"));

    private static final Map<String, String> DIMENSIONS = Map.of(
            "team", "By team",
            "context", "Home or care",
            "category", "Missing or away",
            "code", "By alert",
            "outcome", "By outcome");

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    private FigureWords() {
    }

    public static String title(String figure) {
        return TITLES.getOrDefault(figure, figure);
    }

    static String charted(String figure) {
        return CHARTED.getOrDefault(figure, "records");
    }

    public static String measure(String name) {
        if (name.startsWith("push:")) {
            return "Push factor: " + name.substring(5).replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        if (name.startsWith("pull:")) {
            return "Pull factor: " + name.substring(5).replace('_', ' ').toLowerCase(Locale.ROOT);
        }
        if (name.equals("records")) {
            return "Records behind it";
        }
        return MEASURES.getOrDefault(name, name);
    }

    public static String dimension(String name) {
        return DIMENSIONS.getOrDefault(name, "By " + name);
    }

    /** {@code 2026-11} as "Nov 2026"; a part month ({@code 2026-11-03..2026-11-20}) as it is. */
    public static String month(String label) {
        try {
            return MONTH.format(YearMonth.parse(label));
        } catch (java.time.DateTimeException notAMonth) {
            return label.replace("..", " to ");
        }
    }
}
