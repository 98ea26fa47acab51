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
 * Who the alert is about ({@code child}: the child's id now, name and age; {@code relatedChild}; {@code area}) and
 * the names of who acted ({@code acknowledgedByName}...) are the correlation service's, read from the child's profile
 * and kept beside the person's user name; without them the page shows the summary alone and the user name. The
 * other children a shared place or adult links the child to ({@code relatedChildren}, each with its id now, name and
 * age; those not known now left out) are named in the summary by the service and linked to their pages here.
 */
public record Alert(String alertId, String code, String severity, String status, String childId, String summary,
                    List<String> evidence, List<String> actors, Instant raisedAt, Instant dueBy, Instant publishedAt,
                    Instant escalatedAt, Integer escalationLevel, String escalatedTo, Instant acknowledgedAt,
                    String acknowledgedBy, String assignedTo, String assignee, String assignedBy, Instant assignedAt,
                    Instant resolvedAt, String resolvedBy, String outcome, String resolutionNote, Instant clearedAt,
                    String clearReason, String team, String worker, String childName, Integer childAge,
                    String area, String relatedChildId, String relatedChildName, Integer relatedChildAge,
                    String acknowledgedByName, String assignedByName, String resolvedByName,
                    List<Child> relatedChildren) {

    /** Another child an alert is about, as its profile names it now: the child's id now, name and age. */
    public record Child(String childId, String name, Integer age) {
        /** "Leah Smith, 13"; "Leah Smith" without an age; "A child not named in any record" without a name. */
        public String who() {
            String named = words(name, age);
            return named != null ? named : "A child not named in any record";
        }
    }

    private static final Set<String> WAITING = Set.of("OPEN", "ESCALATED");
    private static final Set<String> IN_HAND = Set.of("OPEN", "ESCALATED", "ACKNOWLEDGED", "ASSIGNED");

    static Alert of(JsonNode a) {
        JsonNode allocated = a.path("allocatedWorker");
        JsonNode child = a.path("child");
        JsonNode related = a.path("relatedChild");
        String childId = text(child, "childId") != null ? text(child, "childId") : text(a, "childId");
        return new Alert(text(a, "alertId"), text(a, "code"), text(a, "severity"), text(a, "status"),
                childId, text(a, "summary"), strings(a.path("evidence")), strings(a.path("actors")),
                instant(a, "raisedAt"), instant(a, "dueBy"), instant(a, "publishedAt"), instant(a, "escalatedAt"),
                a.path("escalationLevel").isNumber() ? a.path("escalationLevel").asInt() : null,
                text(a, "escalatedTo"), instant(a, "acknowledgedAt"), text(a, "acknowledgedBy"),
                text(a, "assignedTo"), text(a, "assignee"), text(a, "assignedBy"), instant(a, "assignedAt"),
                instant(a, "resolvedAt"), text(a, "resolvedBy"), text(a, "outcome"), text(a, "resolutionNote"),
                instant(a, "clearedAt"), text(a, "clearReason"), text(allocated, "team"), text(allocated, "name"),
                text(child, "name"), whole(child, "age"), text(a, "area"),
                text(related, "childId") != null ? text(related, "childId") : text(a, "relatedChildId"),
                text(related, "name"), whole(related, "age"), text(a, "acknowledgedByName"),
                text(a, "assignedByName"), text(a, "resolvedByName"), children(a.path("relatedChildren")));
    }

    /**
     * The other children to link to from the alert: those a shared place or adult links the child to, or a possible
     * same child's other child; none when the service names none.
     */
    public List<Child> otherChildren() {
        if (!relatedChildren.isEmpty()) {
            return relatedChildren;
        }
        return relatedChildId != null && relatedChildName != null
                ? List.of(new Child(relatedChildId, relatedChildName, relatedChildAge)) : List.of();
    }

    private static List<Child> children(JsonNode array) {
        List<Child> children = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(c -> {
                if (text(c, "childId") != null) {
                    children.add(new Child(text(c, "childId"), text(c, "name"), whole(c, "age")));
                }
            });
        }
        return List.copyOf(children);
    }

    /** "Kai Brown, 14": the child as the correlation service's profile names it now; null when it does not. */
    public String who() {
        return words(childName, childAge);
    }

    /** The other child of a possible same child, in the same words; null when not known. */
    public String relatedWho() {
        return words(relatedChildName, relatedChildAge);
    }

    /**
     * The alert in one line, the child first: "Kai Brown, 14 — missing from care since 3 Nov 2026 21:40, on a child
     * protection plan: senior managers need to know until the child is found". A summary that already starts with the
     * child's name (a possible same child names both) is shown as it is, as is one whose child is not known.
     */
    public String headline() {
        String what = summary != null && !summary.isBlank() ? summary : codeWords();
        String who = who();
        if (who == null || what.startsWith(childName)) {
            return what;
        }
        return who + " — " + lowerFirst(what);
    }

    /** "Acknowledged by Amira Khan at 10:42" (the day too when not today), for the board. */
    public String acknowledgedWords(Instant now) {
        return acknowledgedAt == null ? null : "Acknowledged " + acknowledgedByWords(now);
    }

    /** "by Amira Khan at 10:42", for the alert's page, where "Acknowledged" is the label. */
    public String acknowledgedByWords(Instant now) {
        return acknowledgedAt == null ? null
                : "by " + or(acknowledgedByName, or(acknowledgedBy, "someone")) + " at " + Words.at(acknowledgedAt, now);
    }

    /** "Missing from care" → "missing from care"; a word in capitals ("MACE drift") stays as it is. */
    static String lowerFirst(String text) {
        if (text.length() > 1 && Character.isUpperCase(text.charAt(0)) && Character.isLowerCase(text.charAt(1))) {
            return Character.toLowerCase(text.charAt(0)) + text.substring(1);
        }
        return text;
    }

    private static String words(String name, Integer age) {
        if (name == null || name.isBlank()) {
            return null;
        }
        return age == null ? name : name + ", " + age;
    }

    private static Integer whole(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? value.asInt() : null;
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

    /**
     * Overdue: still in hand after it was due. An alert due the moment it is raised (a need-to-know: senior managers
     * are told at once) is due "Now" rather than overdue a minute later; its severity and escalation carry the hurry.
     */
    public boolean overdue(Instant now) {
        return dueBy != null && now.isAfter(dueBy) && IN_HAND.contains(status) && !dueAtOnce();
    }

    /** Due the moment it was raised. */
    public boolean dueAtOnce() {
        return dueBy != null && raisedAt != null && !dueBy.isAfter(raisedAt);
    }

    /** When it is due in words: "Now" for one due at once, else the day and time. */
    public String dueWords() {
        return dueAtOnce() ? "Now" : Words.when(dueBy);
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
        add(steps, acknowledgedAt, "Acknowledged by " + or(acknowledgedByName, or(acknowledgedBy, "someone")));
        add(steps, assignedAt, "Assigned to " + or(assignedTo, "someone")
                + ("TEAM".equals(assignee) ? " (a team)" : "") + " by "
                + or(assignedByName, or(assignedBy, "someone")));
        add(steps, resolvedAt, "Resolved by " + or(resolvedByName, or(resolvedBy, "someone"))
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
