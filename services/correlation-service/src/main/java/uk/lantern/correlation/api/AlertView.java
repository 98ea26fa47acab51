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
 */
public record AlertView(String alertId, String code, String severity, String status, String childId,
                        String relatedChildId, List<String> relatedChildIds, String summary, List<String> evidence, List<String> actors,
                        Instant raisedAt, Instant dueBy, Instant publishedAt, Instant escalatedAt,
                        Integer escalationLevel, String escalatedTo,
                        Instant acknowledgedAt, String acknowledgedBy, String assignedTo, String assignee,
                        String assignedBy, Instant assignedAt, Instant resolvedAt, String resolvedBy, String outcome,
                        String resolutionNote, Instant clearedAt, String clearReason, AllocatedWorker allocatedWorker) {

    /** The child's allocated social worker and team as the alert named them (null when the child has none known). */
    public record AllocatedWorker(String name, String team) {
    }

    static AlertView of(Document d) {
        return new AlertView(d.getString("_id"), d.getString("code"), d.getString("severity"), d.getString("status"),
                d.getString("childId"), d.getString("relatedChildId"),
                d.getList("relatedChildIds", String.class, List.of()), d.getString("summary"),
                d.getList("evidence", String.class), d.getList("actors", String.class), instant(d, "raisedAt"),
                instant(d, "dueBy"), instant(d, "publishedAt"), instant(d, "escalatedAt"),
                escalationLevel(d), d.getString("escalatedTo"),
                instant(d, "acknowledgedAt"), d.getString("acknowledgedBy"), d.getString("assignedTo"),
                d.getString("assignee"), d.getString("assignedBy"), instant(d, "assignedAt"), instant(d, "resolvedAt"),
                d.getString("resolvedBy"), d.getString("outcome"), d.getString("resolutionNote"),
                instant(d, "clearedAt"), d.getString("clearReason"),
                worker(d.get("allocatedWorker", Document.class)));
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
