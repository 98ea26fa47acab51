package uk.lantern.console.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The coordinator's daily review with the police: every child who went missing or came back since the last review,
 * and what is still owed to each (a return interview within 72 hours of coming back; the alerts nobody has closed).
 * Still missing first, then the overdue interviews, then the rest.
 */
public record DailyReview(Instant since, List<Child> children, boolean more) {

    /** DOMAIN.md: a child who comes back is offered an independent return interview within 72 hours. */
    static final Duration INTERVIEW_WITHIN = Duration.ofHours(72);
    /** Interview states in which nothing more is owed. */
    private static final Set<String> SETTLED = Set.of("COMPLETED", "DECLINED", "NOT_OFFERED");

    /** The last review's start: {@code startsAt} on the day before {@code now}'s day, in the zone. */
    static Instant lastReview(Instant now, DailyReviewSettings settings) {
        LocalDate today = LocalDate.ofInstant(now, settings.zone());
        return LocalDateTime.of(today.minusDays(1), settings.startsAt()).atZone(settings.zone()).toInstant();
    }

    /** A date-time field's value ({@code 2026-12-06T09:00}) as an instant in the zone. */
    static Instant fromField(String value, ZoneId zone) {
        return LocalDateTime.parse(value.strip()).atZone(zone).toInstant();
    }

    static String toField(Instant instant, ZoneId zone) {
        return LocalDateTime.ofInstant(instant, zone).withSecond(0).withNano(0).toString();
    }

    /** @param openAlerts the child's alerts someone still has to act on */
    static DailyReview of(JsonNode movements, java.util.function.Function<String, List<Alert>> openAlerts,
                          Instant now) {
        List<Child> children = new ArrayList<>();
        movements.path("children").forEach(c -> {
            List<Movement> moves = new ArrayList<>();
            c.path("episodes").forEach(e -> moves.add(Movement.of(e, now)));
            List<String> names = new ArrayList<>();
            c.path("names").forEach(n -> names.add(n.asString()));
            String childId = c.path("childId").asString();
            List<Alert> alerts = openAlerts.apply(childId).stream().sorted(Alert.MOST_URGENT_FIRST).toList();
            children.add(new Child(childId, names.isEmpty() ? childId : names.get(0),
                    c.path("missingNow").asBoolean(false), moves, alerts));
        });
        children.sort(Comparator.comparing((Child c) -> !c.missingNow())
                .thenComparing(c -> !c.interviewOverdue())
                .thenComparing(Child::name));
        return new DailyReview(Instant.parse(movements.path("since").asString(now.toString())), children,
                movements.path("more").asBoolean(false));
    }

    public record Child(String childId, String name, boolean missingNow, List<Movement> movements,
                       List<Alert> openAlerts) {
        public boolean interviewOverdue() {
            return movements.stream().anyMatch(Movement::interviewOverdue);
        }
    }

    /**
     * One episode that moved: went missing at {@code start}, came back at {@code returnedAt}; the return interview
     * due 72 hours after the return, and where it stands.
     */
    public record Movement(String episodeId, boolean wentMissing, boolean cameBack, Instant start, Instant returnedAt,
                           String interviewStatus, Instant interviewDueBy, boolean interviewOwed,
                           boolean interviewOverdue) {

        static Movement of(JsonNode e, Instant now) {
            Instant start = instant(e.path("start"));
            Instant returnedAt = instant(e.path("returnedAt"));
            String status = e.path("interviewStatus").asString(null);
            Instant due = returnedAt == null ? null : returnedAt.plus(INTERVIEW_WITHIN);
            boolean owed = due != null && (status == null || !SETTLED.contains(status));
            return new Movement(e.path("episodeId").asString(null), e.path("wentMissing").asBoolean(false),
                    e.path("cameBack").asBoolean(false), start, returnedAt, status, due, owed,
                    owed && now.isAfter(due));
        }

        public String interviewWords() {
            if (interviewStatus == null) {
                return "Not known";
            }
            return switch (interviewStatus) {
                case "NOT_DUE" -> "Not due: still missing";
                case "AWAITING_OFFER" -> "Not yet offered";
                case "OFFERED" -> "Offered";
                case "ACCEPTED" -> "Accepted, not yet done";
                case "DECLINED" -> "Declined by the child";
                case "NOT_OFFERED" -> "Decided not to offer";
                case "COMPLETED" -> "Done";
                default -> interviewStatus;
            };
        }

        private static Instant instant(JsonNode node) {
            String text = node.asString(null);
            return text == null || text.isBlank() ? null : Instant.parse(text);
        }
    }
}
