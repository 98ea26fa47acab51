package uk.lantern.correlation.api;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * One alert as coordinators see it: the pattern, what it found in words, its evidence, the other children it links to
 * ({@code relatedChildId} for a possible same child, {@code relatedChildIds} for a shared place or adult), and who has
 * done what about it: acknowledged, assigned (to a person or a team), resolved (with an outcome and a note), and how
 * far it has gone along the escalation chain ({@code escalationLevel}, 1 the chain's first step; {@code escalatedTo};
 * {@code escalatedAt}, the latest step); and the child's allocated social worker and team where the child's records
 * know them.
 *
 * <p>Who the alert is about is read from the child's profile as it is now, not from the alert's events (which keep no
 * names): {@code child} (and {@code relatedChild} for a possible same child) with the child's current id (the child
 * it was merged into, when it was), name and age, {@code relatedChildren} the same for each other child a shared
 * place or adult links it to (in the order of {@code relatedChildIds}, each once, those not known now left out), and
 * {@code area}, the locality of the child's home postcode
 * ({@link AreaSettings}). Who acted is kept as the token's subject ({@code acknowledgedBy}...), as the events name
 * them, with the person's name beside it ({@code acknowledgedByName}...; the subject on alerts worked before names
 * were kept).
 */
public record AlertView(String alertId, String code, String severity, String status, String childId,
                        String relatedChildId, List<String> relatedChildIds, String summary, List<String> evidence, List<String> actors,
                        Instant raisedAt, Instant dueBy, Instant publishedAt, Instant escalatedAt,
                        Integer escalationLevel, String escalatedTo,
                        Instant acknowledgedAt, String acknowledgedBy, String assignedTo, String assignee,
                        String assignedBy, Instant assignedAt, Instant resolvedAt, String resolvedBy, String outcome,
                        String resolutionNote, Instant clearedAt, String clearReason, AllocatedWorker allocatedWorker,
                        Child child, Child relatedChild, String area, String acknowledgedByName,
                        String assignedByName, String resolvedByName, List<Child> relatedChildren) {

    /**
     * A child an alert is about, as the child's profile stands now.
     *
     * @param childId the child's id now: the child an alert's child was merged into, when it was
     * @param name    the first of the profile's names, given then family; null when no source recorded one
     * @param age     in whole years on today's date (London); null when the date of birth is not known
     */
    public record Child(String childId, String name, Integer age) {
    }

    /** The child's allocated social worker and team as the alert named them (null when the child has none known). */
    public record AllocatedWorker(String name, String team) {
    }

    /**
     * @param child   the alert's child as now known; null when there is no such child now
     * @param related the other child of a possible same child, as now known; null when none
     * @param area    the area of the child's home postcode, or {@link AreaSettings#NOT_KNOWN}
     * @param others  the other children of a shared place or adult, as now known; {@code notKnown} of its
     *                {@code relatedChildIds} have no child now
     */
    static AlertView of(Document d, Child child, Child related, String area, List<Child> others, int notKnown) {
        String code = d.getString("code");
        String summary = "POSSIBLE_SAME_CHILD".equals(code)
                ? AlertChildren.sameChildInWords(d.getString("summary"), child, related)
                : "SHARED_ASSOCIATE".equals(code) || "SHARED_LOCATION".equals(code)
                ? AlertChildren.sharedInWords(d.getString("summary"), others, notKnown) : d.getString("summary");
        return new AlertView(d.getString("_id"), d.getString("code"), d.getString("severity"), d.getString("status"),
                d.getString("childId"), d.getString("relatedChildId"),
                d.getList("relatedChildIds", String.class, List.of()), summary,
                d.getList("evidence", String.class), d.getList("actors", String.class), instant(d, "raisedAt"),
                instant(d, "dueBy"), instant(d, "publishedAt"), instant(d, "escalatedAt"),
                escalationLevel(d), d.getString("escalatedTo"),
                instant(d, "acknowledgedAt"), d.getString("acknowledgedBy"), d.getString("assignedTo"),
                d.getString("assignee"), d.getString("assignedBy"), instant(d, "assignedAt"), instant(d, "resolvedAt"),
                d.getString("resolvedBy"), d.getString("outcome"), d.getString("resolutionNote"),
                instant(d, "clearedAt"), d.getString("clearReason"),
                worker(d.get("allocatedWorker", Document.class)), child, related, area,
                nameOr(d, "acknowledgedByName", "acknowledgedBy"), nameOr(d, "assignedByName", "assignedBy"),
                nameOr(d, "resolvedByName", "resolvedBy"), List.copyOf(others));
    }

    /** The person's name as stored beside the subject; the subject itself on documents from before names were kept. */
    private static String nameOr(Document d, String name, String subject) {
        String stored = d.getString(name);
        return stored != null && !stored.isBlank() ? stored : d.getString(subject);
    }

    /** "Kai Brown (14)", "Kai Brown" when the age is not known. */
    static String words(Child child) {
        return child.name() + (child.age() == null ? "" : " (" + child.age() + ")");
    }

    private static AllocatedWorker worker(Document d) {
        return d == null ? null : new AllocatedWorker(d.getString("name"), d.getString("team"));
    }

    /** The step of the escalation chain reached; an alert escalated before the chain existed is at step 1. */
    private static Integer escalationLevel(Document d) {
        Integer level = d.getInteger(AlertWork.ESCALATION_LEVEL);
        return level == null && "ESCALATED".equals(d.getString("status")) ? Integer.valueOf(1) : level;
    }

    private static Instant instant(Document d, String field) {
        Date date = d.getDate(field);
        return date == null ? null : date.toInstant();
    }
}
