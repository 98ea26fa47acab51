package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import uk.lantern.support.crypto.FieldCipher;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.patterns.AlertCode;
import uk.lantern.correlation.patterns.Severity;
import uk.lantern.correlation.projection.AlertProjection;
import uk.lantern.correlation.projection.AlertStatus;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.problems.NotFound;
import uk.lantern.support.problems.StateConflict;

/**
 * What people do with alerts, on the projected alert documents: list them, acknowledge, assign and resolve them,
 * escalate the ones nobody acknowledged in time, and count them. Each change is one conditional update of one
 * document (the condition is the status it may change from), so two people, or a person and the projection, never
 * overwrite each other.
 */
public class AlertWork {

    /** The free text of an alert document: the note its resolver wrote, sealed before it is stored. */
    public static final String RESOLUTION_NOTE = "resolutionNote";

    private final MongoCollection<Document> alerts;
    private final Clock clock;
    private final EscalationSettings escalation;
    private final FieldCipher cipher;

    public AlertWork(MongoTemplate mongo, Clock clock, EscalationSettings escalation, FieldCipher cipher) {
        this.alerts = mongo.getCollection(AlertProjection.COLLECTION);
        this.clock = clock;
        this.escalation = escalation;
        this.cipher = cipher;
    }

    public record Page(List<AlertView> alerts, int page, int size, long total) {
    }

    /** @param severity LOW, MEDIUM, HIGH or URGENT; blank for any */
    public Page list(String code, String status, String childId, int page, int size, String severity) {
        List<Bson> filters = new ArrayList<>();
        if (severity != null && !severity.isBlank()) {
            filters.add(Filters.eq("severity", known("severity", severity, Severity.values())));
        }
        if (code != null && !code.isBlank()) {
            filters.add(Filters.eq("code", known("code", code, AlertCode.values())));
        }
        if (status != null && !status.isBlank()) {
            filters.add(Filters.eq("status", known("status", status, AlertStatus.values())));
        }
        if (childId != null && !childId.isBlank()) {
            filters.add(Filters.eq("childId", childId.strip()));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<AlertView> found = new ArrayList<>();
        alerts.find(filter).sort(Sorts.orderBy(Sorts.descending("raisedAt"), Sorts.ascending("_id")))
                .skip(page * size).limit(size).forEach(d -> found.add(view(d)));
        return new Page(found, page, size, alerts.countDocuments(filter));
    }

    public AlertView get(String alertId) {
        Document d = alerts.find(Filters.eq("_id", alertId)).first();
        if (d == null || d.getString("status") == null) {
            throw new NotFound("alert " + alertId);
        }
        return view(d);
    }

    public AlertView acknowledge(String alertId, String by) {
        Instant now = clock.instant();
        Document updated = change(alertId, Filters.in("status", waiting()), Updates.combine(
                Updates.set("status", AlertStatus.ACKNOWLEDGED.name()),
                Updates.set("acknowledgedAt", Date.from(now)),
                Updates.set("acknowledgedBy", by)));
        if (updated != null) {
            return view(updated);
        }
        AlertView current = get(alertId);
        if (current.acknowledgedAt() != null && !AlertStatus.valueOf(current.status()).finished()) {
            return current; // already acknowledged: acknowledging again changes nothing
        }
        throw conflict(current, "acknowledged");
    }

    public AlertView assign(String alertId, String to, String by) {
        Instant now = clock.instant();
        List<String> assignable = List.of(AlertStatus.OPEN.name(), AlertStatus.ESCALATED.name(),
                AlertStatus.ACKNOWLEDGED.name(), AlertStatus.ASSIGNED.name());
        Document current = alerts.find(Filters.eq("_id", alertId)).first();
        if (current == null || current.getString("status") == null) {
            throw new NotFound("alert " + alertId);
        }
        List<Bson> changes = new ArrayList<>(List.of(
                Updates.set("status", AlertStatus.ASSIGNED.name()),
                Updates.set("assignedTo", to),
                Updates.set("assignedBy", by),
                Updates.set("assignedAt", Date.from(now))));
        if (current.get("acknowledgedAt") == null) { // taking it on by assigning it acknowledges it
            changes.add(Updates.set("acknowledgedAt", Date.from(now)));
            changes.add(Updates.set("acknowledgedBy", by));
        }
        Document updated = change(alertId, Filters.in("status", assignable), Updates.combine(changes));
        if (updated == null) {
            throw conflict(get(alertId), "assigned");
        }
        return view(updated);
    }

    public AlertView resolve(String alertId, String by, String note) {
        Instant now = clock.instant();
        List<String> resolvable = List.of(AlertStatus.OPEN.name(), AlertStatus.ESCALATED.name(),
                AlertStatus.ACKNOWLEDGED.name(), AlertStatus.ASSIGNED.name());
        Document updated = change(alertId, Filters.in("status", resolvable), Updates.combine(
                Updates.set("status", AlertStatus.RESOLVED.name()),
                Updates.set("resolvedAt", Date.from(now)),
                Updates.set("resolvedBy", by),
                Updates.set(RESOLUTION_NOTE, cipher.seal(note, place(alertId)))));
        if (updated == null) {
            throw conflict(get(alertId), "resolved");
        }
        return view(updated);
    }

    /**
     * Marks ESCALATED every OPEN alert published longer ago than its severity allows. Idempotent: an alert is
     * escalated once, and only while nobody has acknowledged it.
     */
    public long escalateDue() {
        Instant now = clock.instant();
        long escalated = 0;
        for (Severity severity : Severity.values()) {
            Instant publishedBefore = now.minus(escalation.after(severity));
            escalated += alerts.updateMany(Filters.and(
                            Filters.eq("status", AlertStatus.OPEN.name()),
                            Filters.eq("severity", severity.name()),
                            Filters.lte("publishedAt", Date.from(publishedBefore))),
                    Updates.combine(Updates.set("status", AlertStatus.ESCALATED.name()),
                            Updates.set("escalatedAt", Date.from(now)))).getModifiedCount();
        }
        return escalated;
    }

    /**
     * Counts by code and status, and the median time from an alert being published to its acknowledgement, overall
     * and by code. Sorted by name, so the same alerts always give the same answer.
     */
    public Figures figures() {
        Map<String, Map<String, Long>> byCode = new TreeMap<>();
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, List<Duration>> waits = new TreeMap<>();
        List<Duration> all = new ArrayList<>();
        alerts.find(Filters.exists("status")).forEach(d -> {
            String code = d.getString("code");
            String status = d.getString("status");
            byCode.computeIfAbsent(code, c -> new TreeMap<>()).merge(status, 1L, Long::sum);
            byStatus.merge(status, 1L, Long::sum);
            Date published = d.getDate("publishedAt");
            Date acknowledged = d.getDate("acknowledgedAt");
            if (published != null && acknowledged != null) {
                Duration wait = Duration.between(published.toInstant(), acknowledged.toInstant());
                wait = wait.isNegative() ? Duration.ZERO : wait;
                waits.computeIfAbsent(code, c -> new ArrayList<>()).add(wait);
                all.add(wait);
            }
        });
        Map<String, Duration> medianByCode = new TreeMap<>();
        waits.forEach((code, list) -> medianByCode.put(code, median(list)));
        long total = byStatus.values().stream().mapToLong(Long::longValue).sum();
        return new Figures(total, byStatus, byCode, all.size(), all.isEmpty() ? null : median(all), medianByCode);
    }

    /**
     * @param medianTimeToAcknowledge from publication to acknowledgement, over the alerts acknowledged (ISO-8601
     *                                duration); null when none was
     */
    public record Figures(long total, Map<String, Long> byStatus, Map<String, Map<String, Long>> byCode,
                          long acknowledged, Duration medianTimeToAcknowledge,
                          Map<String, Duration> medianTimeToAcknowledgeByCode) {
    }

    static Duration median(List<Duration> durations) {
        List<Duration> sorted = durations.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    }

    private Document change(String alertId, Bson allowedFrom, Bson update) {
        return alerts.findOneAndUpdate(Filters.and(Filters.eq("_id", alertId), allowedFrom), update,
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
    }

    private static List<String> waiting() {
        return List.of(AlertStatus.OPEN.name(), AlertStatus.ESCALATED.name());
    }

    /** The alert as people read it, its resolution note opened. */
    private AlertView view(Document d) {
        Object note = d.get(RESOLUTION_NOTE);
        if (note != null) {
            d = new Document(d).append(RESOLUTION_NOTE, cipher.open(note, place(d.getString("_id"))));
        }
        return AlertView.of(d);
    }

    private static String place(String alertId) {
        return AlertProjection.COLLECTION + "/" + alertId + "/" + RESOLUTION_NOTE;
    }

    private static StateConflict conflict(AlertView alert, String what) {
        String when = alert.status().equals(AlertStatus.CLEARED.name())
                ? "it was cleared at " + alert.clearedAt() + " (" + alert.clearReason() + ")"
                : "it was resolved by " + alert.resolvedBy() + " at " + alert.resolvedAt();
        return new StateConflict("alert " + alert.alertId() + " cannot be " + what + ": " + when);
    }

    static <E extends Enum<E>> String known(String field, String value, E[] values) {
        String upper = value.strip().toUpperCase(Locale.ROOT);
        for (E e : values) {
            if (e.name().equals(upper)) {
                return upper;
            }
        }
        throw new InvalidRequestParameter(field, "unknown " + field + " '" + value + "': one of "
                + Arrays.toString(values));
    }
}
