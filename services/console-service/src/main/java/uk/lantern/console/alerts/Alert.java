package uk.lantern.console.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * One alert as the board and the alert's page show it, read from the correlation service's {@code AlertView} JSON.
 * Fields the service adds later (the escalation level and to whom, the assignee kind, the outcome, the child's
 * allocated worker and team) are read when present and left empty when not, so the page works before and after.
 */
public record Alert(String alertId, String code, String severity, String status, String childId, String summary,
                    List<String> evidence, List<String> actors, Instant raisedAt, Instant dueBy, Instant publishedAt,
                    Instant escalatedAt, Integer escalationLevel, String escalatedTo, Instant acknowledgedAt,
                    String acknowledgedBy, String assignedTo, String assignee, String assignedBy, Instant assignedAt,
                    Instant resolvedAt, String resolvedBy, String outcome, String resolutionNote, Instant clearedAt,
                    String clearReason, String team, String worker) {

    private static final Set<String> WAITING = Set.of("OPEN", "ESCALATED");
    private static final Set<String> IN_HAND = Set.of("OPEN", "ESCALATED", "ACKNOWLEDGED", "ASSIGNED");

    static Alert of(JsonNode a) {
        JsonNode allocated = a.path("allocatedWorker");
        return new Alert(text(a, "alertId"), text(a, "code"), text(a, "severity"), text(a, "status"),
                text(a, "childId"), text(a, "summary"), strings(a.path("evidence")), strings(a.path("actors")),
                instant(a, "raisedAt"), instant(a, "dueBy"), instant(a, "publishedAt"), instant(a, "escalatedAt"),
                a.path("escalationLevel").isNumber() ? a.path("escalationLevel").asInt() : null,
                text(a, "escalatedTo"), instant(a, "acknowledgedAt"), text(a, "acknowledgedBy"),
                text(a, "assignedTo"), text(a, "assignee"), text(a, "assignedBy"), instant(a, "assignedAt"),
                instant(a, "resolvedAt"), text(a, "resolvedBy"), text(a, "outcome"), text(a, "resolutionNote"),
                instant(a, "clearedAt"), text(a, "clearReason"), text(allocated, "team"), text(allocated, "name"));
    }

    /** Most urgent first: the highest severity, then the one that has waited longest, then by id (stable). */
    static final Comparator<Alert> MOST_URGENT_FIRST = Comparator
            .comparingInt((Alert a) -> -Words.severityRank(a.severity()))
            .thenComparing(Alert::waitingSince, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Alert::alertId, Comparator.nullsLast(Comparator.naturalOrder()));

    /** Since when people have known of it: when it was published to them, else when its condition began. */
    public Instant waitingSince() {
        return publishedAt != null ? publishedAt : raisedAt;
    }

    public boolean escalated() {
        return "ESCALATED".equals(status) || escalatedAt != null && WAITING.contains(status);
    }

    public boolean canBeAcknowledged() {
        return WAITING.contains(status);
    }

    public boolean canBeAssignedOrResolved() {
        return IN_HAND.contains(status);
    }

    public boolean overdue(Instant now) {
        return dueBy != null && now.isAfter(dueBy) && IN_HAND.contains(status);
    }

    public String severityWords() {
        return Words.severity(severity);
    }

    public String codeWords() {
        return Words.code(code);
    }

    public String statusWords() {
        return Words.status(status);
    }

    public String outcomeWords() {
        return Words.outcome(outcome);
    }

    /** "Escalated to the missing team manager, 2 hours ago (step 2)", or "Escalated 2 hours ago". */
    public String escalationWords(Instant now) {
        if (escalatedAt == null) {
            return null;
        }
        StringBuilder words = new StringBuilder("Escalated");
        if (escalatedTo != null && !escalatedTo.isBlank()) {
            words.append(" to ").append(escalatedTo).append(",");
        }
        words.append(" ").append(Words.ago(escalatedAt, now));
        if (escalationLevel != null && escalationLevel > 1) {
            words.append(" (step ").append(escalationLevel).append(")");
        }
        return words.toString();
    }

    /** "3 hours" since it reached people. */
    public String waited(Instant now) {
        Instant since = waitingSince();
        return since == null ? "" : Words.duration(Duration.between(since, now));
    }

    /** What happened to the alert, oldest first, in words, for its page. */
    public List<Step> history() {
        List<Step> steps = new ArrayList<>();
        add(steps, raisedAt, "The condition began" + (summary == null ? "" : ": " + summary));
        add(steps, publishedAt, "Raised in Lantern");
        add(steps, escalatedAt, escalatedTo == null ? "Escalated: nobody acknowledged it in time"
                : "Escalated to " + escalatedTo + ": nobody acknowledged it in time");
        add(steps, acknowledgedAt, "Acknowledged by " + or(acknowledgedBy, "someone"));
        add(steps, assignedAt, "Assigned to " + or(assignedTo, "someone")
                + ("TEAM".equals(assignee) ? " (a team)" : "") + " by " + or(assignedBy, "someone"));
        add(steps, resolvedAt, "Resolved by " + or(resolvedBy, "someone")
                + (outcome == null ? "" : ": " + Words.outcome(outcome)));
        add(steps, clearedAt, "Cleared" + (clearReason == null ? "" : ": " + clearReason));
        steps.sort(Comparator.comparing(Step::at));
        return steps;
    }

    /** One thing that happened to the alert, when. */
    public record Step(Instant at, String what) {
    }

    private static void add(List<Step> steps, Instant at, String what) {
        if (at != null) {
            steps.add(new Step(at, what));
        }
    }

    private static String or(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isMissingNode() ? null : value.asString();
    }

    private static Instant instant(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : Instant.parse(value);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(v -> values.add(v.asString()));
        }
        return values;
    }
}
