package uk.lantern.correlation.api;

import com.fasterxml.jackson.annotation.JsonInclude;
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
import java.util.stream.Stream;
import org.bson.Document;
import uk.lantern.support.crypto.FieldCipher;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.patterns.AlertCode;
import uk.lantern.correlation.patterns.Severity;
import uk.lantern.correlation.projection.AlertProjection;
import uk.lantern.correlation.projection.AlertStatus;
import uk.lantern.schemas.correlation.AlertAcknowledged;
import uk.lantern.schemas.correlation.AlertAssigned;
import uk.lantern.schemas.correlation.AlertEscalated;
import uk.lantern.schemas.correlation.AlertResolved;
import uk.lantern.schemas.correlation.CorrelationEventTypes;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.outbox.MongoOutbox;
import uk.lantern.support.problems.InvalidRequestParameter;
import uk.lantern.support.problems.NotFound;
import uk.lantern.support.problems.StateConflict;

/**
 * What people do with alerts, on the projected alert documents: list them, acknowledge, assign and resolve them,
 * escalate the ones nobody acknowledged in time along the escalation chain, and count them. Each change is one
 * conditional update of one document (the condition is the status it may change from), so two people, or a person
 * and the projection, never overwrite each other; the same update puts the change's event for
 * {@code lantern.alert-work.v1} in the document's outbox ({@link AlertWorkOutbox}), so a change that did not happen
 * publishes nothing.
 */
public class AlertWork {

    /** The free text of an alert document: the note its resolver wrote, sealed before it is stored. */
    public static final String RESOLUTION_NOTE = "resolutionNote";

    /** The step of the escalation chain an alert has reached (1 is the chain's first entry); absent before step 1. */
    public static final String ESCALATION_LEVEL = "escalationLevel";

    private final MongoCollection<Document> alerts;
    private final Clock clock;
    private final EscalationSettings escalation;
    private final FieldCipher cipher;
    private final AlertWorkOutbox outbox;
    private final EventPublication publication;
    private final AlertChildren children;

    /**
     * @param publication told when events were stored, so the relay sends them at once rather than at its next poll
     * @param children    who an alert is about, from the children's profiles as they are when it is read
     */
    AlertWork(MongoTemplate mongo, Clock clock, EscalationSettings escalation, FieldCipher cipher,
              EventPublication publication, AlertChildren children) {
        this.children = children;
        this.alerts = mongo.getCollection(AlertProjection.COLLECTION);
        this.clock = clock;
        this.escalation = escalation;
        this.cipher = cipher;
        this.outbox = new AlertWorkOutbox(clock);
        this.publication = publication;
    }

    /**
     * @param caughtUp asked for after an alert's change ({@code changed}, {@code changedAt}): whether this answer has
     *                 that change; absent when not asked
     */
    public record Page(List<AlertView> alerts, int page, int size, long total,
                       @JsonInclude(JsonInclude.Include.NON_NULL) Boolean caughtUp) {

        Page caughtUp(boolean caughtUp) {
            return new Page(alerts, page, size, total, caughtUp);
        }
    }

    /**
     * @param severity LOW, MEDIUM, HIGH or URGENT; blank for any
     * @param area     one of the configured areas (any case): the alerts of the children whose home postcode is in
     *                 it now; {@link AreaSettings#NOT_KNOWN} (any case), the value {@code area} has on their alerts:
     *                 the alerts of the children in none (no home postcode, one no area covers, no profile now);
     *                 blank for any
     */
    /** The order of a page of alerts. */
    public enum Order {
        /** The latest raised first: what is new. */
        LATEST,
        /**
         * The most urgent first: the highest severity, then the one that has waited longest since it was published
         * (then by id): the board's order, so a page of it never leaves out a more urgent alert than it shows.
         */
        URGENCY
    }

    /** The severities, most urgent first. */
    private static final List<String> BY_URGENCY = List.of(Severity.URGENT.name(), Severity.HIGH.name(),
            Severity.MEDIUM.name(), Severity.LOW.name());

    public Page list(String code, String status, String childId, int page, int size, String severity, String area) {
        return list(code, status, childId, page, size, severity, area, Order.LATEST);
    }

    public Page list(String code, String status, String childId, int page, int size, String severity, String area,
                     Order order) {
        List<Bson> filters = new ArrayList<>();
        boolean notKnown = area != null && AreaSettings.NOT_KNOWN.equalsIgnoreCase(area.strip());
        String named = null;
        if (!notKnown && area != null && !area.isBlank()) {
            named = children.area(area).orElseThrow(() -> new InvalidRequestParameter("area",
                    "unknown area '" + area + "': one of " + Stream.concat(children.areas().stream().map(Area::name),
                            Stream.of(AreaSettings.NOT_KNOWN)).toList()));
        }
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
        if (named != null) {
            filters.add(Filters.in("childId", children.livingIn(named)));
        } else if (notKnown) {
            // Of the children named by the alerts the other filters keep, those in no area (and alerts naming none).
            Bson others = filters.isEmpty() ? new Document() : Filters.and(filters);
            List<String> ids = alerts.distinct("childId", others, String.class).into(new ArrayList<>());
            filters.add(Filters.or(Filters.in("childId", children.inNoArea(ids)), Filters.eq("childId", null)));
        }
        Bson filter = filters.isEmpty() ? new Document() : Filters.and(filters);
        List<Document> found = order == Order.URGENCY ? mostUrgentFirst(filter, page, size) : latestFirst(filter, page,
                size);
        return new Page(views(found), page, size, alerts.countDocuments(filter), null);
    }

    private List<Document> latestFirst(Bson filter, int page, int size) {
        List<Document> found = new ArrayList<>();
        alerts.find(filter).sort(Sorts.orderBy(Sorts.descending("raisedAt"), Sorts.ascending("_id")))
                .skip((long) page * size > Integer.MAX_VALUE ? Integer.MAX_VALUE : page * size).limit(size)
                .forEach(found::add);
        return found;
    }

    /**
     * One severity at a time, most urgent first, each longest waiting first; the page's window is laid across them
     * (a severity wholly before the window is only counted). Alerts of no known severity come last.
     */
    private List<Document> mostUrgentFirst(Bson filter, int page, int size) {
        List<Document> found = new ArrayList<>();
        long skip = (long) page * size;
        List<Bson> bands = new ArrayList<>();
        BY_URGENCY.forEach(s -> bands.add(Filters.eq("severity", s)));
        bands.add(Filters.nin("severity", BY_URGENCY));
        for (Bson band : bands) {
            if (found.size() == size) {
                break;
            }
            Bson inBand = Filters.and(filter, band);
            long n = alerts.countDocuments(inBand);
            if (skip >= n) {
                skip -= n;
                continue;
            }
            alerts.find(inBand).sort(Sorts.orderBy(Sorts.ascending("publishedAt"), Sorts.ascending("_id")))
                    .skip((int) skip).limit(size - found.size()).forEach(found::add);
            skip = 0;
        }
        return found;
    }

    public AlertView get(String alertId) {
        Document d = alerts.find(Filters.eq("_id", alertId)).first();
        if (d == null || d.getString("status") == null) {
            throw new NotFound("alert " + alertId);
        }
        return view(d);
    }

    /** Publishes AlertAcknowledged once: acknowledging an alert someone already took on changes nothing. */
    /** @param name the person's name, kept beside {@code by} (the token's subject) for people to read */
    public AlertView acknowledge(String alertId, String by, String name) {
        Instant now = clock.instant();
        Document before = alerts.find(Filters.eq("_id", alertId)).first();
        if (before == null || before.getString("status") == null) {
            throw new NotFound("alert " + alertId);
        }
        Document updated = change(alertId, Filters.in("status", waiting()), Updates.combine(
                Updates.set("status", AlertStatus.ACKNOWLEDGED.name()),
                Updates.set("acknowledgedAt", Date.from(now)),
                Updates.set("acknowledgedBy", by),
                Updates.set("acknowledgedByName", name),
                published(acknowledged(before, by, now), now)));
        if (updated != null) {
            publication.eventsStored();
            return view(updated);
        }
        AlertView current = get(alertId);
        if (current.acknowledgedAt() != null && !AlertStatus.valueOf(current.status()).finished()) {
            return current; // already acknowledged: acknowledging again changes nothing
        }
        throw conflict(current, "acknowledged");
    }

    /**
     * Publishes AlertAssigned, and AlertAcknowledged with it when nobody had acknowledged the alert (taking it on by
     * assigning it acknowledges it). The acknowledgement is decided on the document as read, and the update matches
     * only if it is still so; if someone acknowledged it in between, the assignment is tried again without it.
     *
     * @param assignee PERSON (when not given) or TEAM
     */
    public AlertView assign(String alertId, String to, String assignee, String by, String name) {
        String kind = assignee == null || assignee.isBlank() ? AlertAssigned.Assignee.PERSON.name()
                : known("assignee", assignee, AlertAssigned.Assignee.values());
        List<String> assignable = List.of(AlertStatus.OPEN.name(), AlertStatus.ESCALATED.name(),
                AlertStatus.ACKNOWLEDGED.name(), AlertStatus.ASSIGNED.name());
        for (int attempt = 0; attempt < 3; attempt++) {
            Instant now = clock.instant();
            Document current = alerts.find(Filters.eq("_id", alertId)).first();
            if (current == null || current.getString("status") == null) {
                throw new NotFound("alert " + alertId);
            }
            boolean acknowledges = current.get("acknowledgedAt") == null;
            List<Document> events = new ArrayList<>();
            List<Bson> changes = new ArrayList<>(List.of(
                    Updates.set("status", AlertStatus.ASSIGNED.name()),
                    Updates.set("assignedTo", to),
                    Updates.set("assignee", kind),
                    Updates.set("assignedBy", by),
                    Updates.set("assignedByName", name),
                    Updates.set("assignedAt", Date.from(now))));
            if (acknowledges) {
                changes.add(Updates.set("acknowledgedAt", Date.from(now)));
                changes.add(Updates.set("acknowledgedBy", by));
                changes.add(Updates.set("acknowledgedByName", name));
                events.add(acknowledged(current, by, now));
            }
            events.add(outbox.entry(CorrelationEventTypes.ALERT_ASSIGNED, new AlertAssigned(alertId,
                    current.getString("childId"), current.getString("code"), kind, to, by, now), now));
            changes.add(published(events, now));
            Bson stillAsRead = Filters.and(Filters.in("status", assignable),
                    Filters.exists("acknowledgedAt", !acknowledges));
            Document updated = change(alertId, stillAsRead, Updates.combine(changes));
            if (updated != null) {
                publication.eventsStored();
                return view(updated);
            }
            if (!assignable.contains(get(alertId).status())) {
                break;
            }
        }
        throw conflict(get(alertId), "assigned");
    }

    /**
     * Publishes AlertResolved with its outcome; the note is sealed in the store and never published.
     *
     * @param outcome one of {@link AlertResolved.Outcome}
     */
    public AlertView resolve(String alertId, String by, String name, String outcome, String note) {
        String closedAs = known("outcome", outcome, AlertResolved.Outcome.values());
        Instant now = clock.instant();
        List<String> resolvable = List.of(AlertStatus.OPEN.name(), AlertStatus.ESCALATED.name(),
                AlertStatus.ACKNOWLEDGED.name(), AlertStatus.ASSIGNED.name());
        Document current = alerts.find(Filters.eq("_id", alertId)).first();
        if (current == null || current.getString("status") == null) {
            throw new NotFound("alert " + alertId);
        }
        Document event = outbox.entry(CorrelationEventTypes.ALERT_RESOLVED, new AlertResolved(alertId,
                current.getString("childId"), current.getString("code"), closedAs, by, now), now);
        Document updated = change(alertId, Filters.in("status", resolvable), Updates.combine(
                Updates.set("status", AlertStatus.RESOLVED.name()),
                Updates.set("resolvedAt", Date.from(now)),
                Updates.set("resolvedBy", by),
                Updates.set("resolvedByName", name),
                Updates.set("outcome", closedAs),
                Updates.set(RESOLUTION_NOTE, cipher.seal(note, place(alertId))),
                published(event, now)));
        if (updated == null) {
            throw conflict(get(alertId), "resolved");
        }
        publication.eventsStored();
        return view(updated);
    }

    /**
     * Moves each alert nobody has acknowledged one step along the escalation chain when its severity's window has
     * run out: from publication to step 1, then from each step to the next, to the end of the chain. Each step is one
     * update that matches only while the alert is still unacknowledged and at the step it was read at, and carries its
     * AlertEscalated in the same write: a second run, another instance, or a run after a restart finds nothing left
     * to do and publishes nothing. One step per alert per run, so each person in the chain has a whole window.
     *
     * @return how many steps were taken
     */
    public long escalateDue() {
        Instant now = clock.instant();
        List<String> chain = escalation.getChain();
        long escalated = 0;
        for (Severity severity : Severity.values()) {
            Instant waitingSince = now.minus(escalation.after(severity));
            for (int level = chain.size() - 1; level >= 0; level--) {
                Bson due = Filters.and(Filters.eq("severity", severity.name()), atStep(level),
                        Filters.lte(level == 0 ? "publishedAt" : "escalatedAt", Date.from(waitingSince)));
                List<Document> found = new ArrayList<>();
                alerts.find(due).forEach(found::add);
                for (Document alert : found) {
                    if (escalate(alert, severity, level, chain.get(level), now)) {
                        escalated++;
                    }
                }
            }
        }
        if (escalated > 0) {
            publication.eventsStored();
        }
        return escalated;
    }

    /**
     * Unacknowledged and at this step of the chain. An alert escalated before the chain existed (ESCALATED with no
     * step) is at step 1.
     */
    private static Bson atStep(int level) {
        if (level == 0) {
            return Filters.and(Filters.eq("status", AlertStatus.OPEN.name()), Filters.exists(ESCALATION_LEVEL, false));
        }
        Bson step = level == 1
                ? Filters.or(Filters.eq(ESCALATION_LEVEL, 1), Filters.exists(ESCALATION_LEVEL, false))
                : Filters.eq(ESCALATION_LEVEL, level);
        return Filters.and(Filters.eq("status", AlertStatus.ESCALATED.name()), step);
    }

    private boolean escalate(Document alert, Severity severity, int level, String to, Instant now) {
        String alertId = alert.getString("_id");
        Date publishedAt = alert.getDate("publishedAt");
        long waited = publishedAt == null ? 0
                : Math.max(0, Duration.between(publishedAt.toInstant(), now).getSeconds());
        Document event = outbox.entry(CorrelationEventTypes.ALERT_ESCALATED, new AlertEscalated(alertId,
                alert.getString("childId"), alert.getString("code"), severity.name(), level + 1, to, now, waited), now);
        return alerts.updateOne(Filters.and(Filters.eq("_id", alertId), atStep(level)), Updates.combine(
                Updates.set("status", AlertStatus.ESCALATED.name()),
                Updates.set(ESCALATION_LEVEL, level + 1),
                Updates.set("escalatedTo", to),
                Updates.set("escalatedAt", Date.from(now)),
                published(event, now))).getModifiedCount() > 0;
    }

    private Document acknowledged(Document alert, String by, Instant now) {
        Date publishedAt = alert.getDate("publishedAt");
        return outbox.entry(CorrelationEventTypes.ALERT_ACKNOWLEDGED, new AlertAcknowledged(alert.getString("_id"),
                alert.getString("childId"), alert.getString("code"), by, now,
                publishedAt == null ? now : publishedAt.toInstant()), now);
    }

    /** The events pushed onto the document's outbox in the same update, and the change time the relay orders by. */
    private static Bson published(Document event, Instant now) {
        return published(List.of(event), now);
    }

    private static Bson published(List<Document> events, Instant now) {
        return Updates.combine(Updates.pushEach(MongoOutbox.FIELD, events),
                Updates.set(AlertWorkOutbox.UPDATED_AT, Date.from(now)));
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

    /** The alert as people read it, its resolution note opened, its children as they are now. */
    private AlertView view(Document d) {
        return views(List.of(d)).get(0);
    }

    private List<AlertView> views(List<Document> found) {
        List<String> ids = new ArrayList<>();
        found.forEach(d -> {
            ids.add(d.getString("childId"));
            ids.add(d.getString("relatedChildId"));
            ids.addAll(d.getList("relatedChildIds", String.class, List.of()));
        });
        Map<String, AlertChildren.Known> known = children.about(ids);
        List<AlertView> views = new ArrayList<>();
        for (Document d : found) {
            Object note = d.get(RESOLUTION_NOTE);
            if (note != null) {
                d = new Document(d).append(RESOLUTION_NOTE, cipher.open(note, place(d.getString("_id"))));
            }
            AlertChildren.Known child = known.get(d.getString("childId"));
            AlertChildren.Known related = d.getString("relatedChildId") == null ? null
                    : known.get(d.getString("relatedChildId"));
            List<AlertView.Child> others = new ArrayList<>();
            int notKnown = 0;
            for (String otherId : d.getList("relatedChildIds", String.class, List.of())) {
                AlertChildren.Known other = known.get(otherId);
                if (other == null) {
                    notKnown++;
                } else if (others.stream().noneMatch(o -> o.childId().equals(other.child().childId()))
                        && (child == null || !child.child().childId().equals(other.child().childId()))) {
                    others.add(other.child()); // two children merged into one, or into this child, are named once
                }
            }
            views.add(AlertView.of(d, child == null ? null : child.child(), related == null ? null : related.child(),
                    child == null ? AreaSettings.NOT_KNOWN : child.area(), others, notKnown));
        }
        return views;
    }

    /** The configured areas, in order, each with its postcode districts. */
    public List<Area> areas() {
        return children.areas();
    }

    /** An area of the local authority and the postcode districts it covers. */
    public record Area(String name, List<String> postcodeDistricts) {
    }

    private static String place(String alertId) {
        return AlertProjection.COLLECTION + "/" + alertId + "/" + RESOLUTION_NOTE;
    }

    private static StateConflict conflict(AlertView alert, String what) {
        String when = alert.status().equals(AlertStatus.CLEARED.name())
                ? "it was cleared at " + alert.clearedAt() + " (" + alert.clearReason() + ")"
                : "it was resolved by " + alert.resolvedByName() + " at " + alert.resolvedAt();
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
