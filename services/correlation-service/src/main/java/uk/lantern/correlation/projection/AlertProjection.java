package uk.lantern.correlation.projection;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Date;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.EventCodec;
import uk.lantern.schemas.correlation.AlertCleared;
import uk.lantern.schemas.correlation.AlertEvent;
import uk.lantern.schemas.correlation.AlertRaised;
import uk.lantern.schemas.correlation.AlertUpdated;
import uk.lantern.schemas.correlation.CorrelationTopics;

/**
 * {@code lantern.alerts.v1} into the collection {@code alerts}, one document per alert id. Events are ordered by
 * their envelope's {@code recordedAt} (stored as {@code raisedStamp} / {@code clearedStamp}), not by arrival: a raise
 * older than the stored clear never reopens the alert, a clear older than the stored raise never closes it, and the
 * same event twice changes nothing. Every write is one atomic update of one document, so the people working the
 * alert (acknowledge, assign, resolve: {@code api}) and the projection never overwrite each other's fields.
 */
public class AlertProjection {

    public static final String COLLECTION = "alerts";

    public enum Outcome { RAISED, REOPENED, UPDATED, CLEARED, STALE }

    private final EventCodec codec = new EventCodec();
    private final MongoCollection<Document> alerts;
    private final MeterRegistry meters;

    public AlertProjection(MongoTemplate mongo, MeterRegistry meters) {
        this.alerts = mongo.getCollection(COLLECTION);
        this.meters = meters;
    }

    public Outcome apply(byte[] value) {
        Envelope<AlertEvent> event = codec.decode(CorrelationTopics.ALERTS, value);
        long stamp = stamp(event.recordedAt());
        Outcome outcome;
        if (event.data() instanceof AlertRaised raised) {
            outcome = raise(raised, event.recordedAt(), stamp);
        } else if (event.data() instanceof AlertUpdated updated) {
            outcome = update(updated, stamp);
        } else {
            outcome = clear((AlertCleared) event.data(), stamp);
        }
        if (outcome == Outcome.RAISED || outcome == Outcome.REOPENED) {
            Counter.builder("lantern.alerts.raised")
                    .description("Alerts raised (or raised again after clearing), as projected")
                    .tag("code", event.data() instanceof AlertRaised r ? r.code() : "")
                    .register(meters).increment();
        }
        return outcome;
    }

    private Outcome raise(AlertRaised alert, Instant publishedAt, long stamp) {
        Bson notNewer = Filters.or(Filters.exists("raisedStamp", false), Filters.lte("raisedStamp", stamp));
        Bson fields = Updates.combine(
                Updates.set("code", alert.code()),
                Updates.set("severity", alert.severity()),
                Updates.set("childId", alert.childId()),
                Updates.set("evidence", alert.evidence()),
                Updates.set("raisedAt", date(alert.raisedAt())),
                Updates.set("dueBy", date(alert.dueBy())),
                Updates.set("actors", alert.actors()),
                Updates.set("summary", alert.summary()),
                Updates.set("relatedChildId", alert.relatedChildId()),
                Updates.set("relatedChildIds", alert.relatedChildIds()),
                Updates.set("allocatedWorker", worker(alert.allocatedWorker())),
                Updates.set("publishedAt", date(publishedAt)),
                Updates.set("raisedStamp", stamp),
                Updates.setOnInsert("status", AlertStatus.OPEN.name()));
        UpdateResult result;
        try {
            result = alerts.updateOne(Filters.and(Filters.eq("_id", alert.alertId()), notNewer), fields,
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            if (duplicateKey(e)) {
                return Outcome.STALE; // a newer raise is stored
            }
            throw e;
        }
        if (result.getUpsertedId() != null) {
            return Outcome.RAISED;
        }
        UpdateResult reopened = alerts.updateOne(Filters.and(Filters.eq("_id", alert.alertId()),
                        Filters.eq("status", AlertStatus.CLEARED.name()), Filters.lt("clearedStamp", stamp)),
                Updates.combine(
                        Updates.set("status", AlertStatus.OPEN.name()),
                        Updates.set("reopenedAt", date(publishedAt)),
                        Updates.unset("clearedAt"), Updates.unset("clearReason"), Updates.unset("clearedStamp"),
                        Updates.unset("escalatedAt"), Updates.unset("escalationLevel"), Updates.unset("escalatedTo"),
                        Updates.unset("acknowledgedAt"), Updates.unset("acknowledgedBy"), Updates.unset("assignedTo"),
                        Updates.unset("assignee"), Updates.unset("assignedBy"), Updates.unset("assignedAt"),
                        Updates.unset("acknowledgedByName"), Updates.unset("assignedByName")));
        return reopened.getModifiedCount() > 0 ? Outcome.REOPENED : Outcome.UPDATED;
    }

    /** Evidence, start or due date changed on an open alert: replaced, status and people's work left as they are. */
    private Outcome update(AlertUpdated alert, long stamp) {
        Bson notNewer = Filters.or(Filters.exists("raisedStamp", false), Filters.lte("raisedStamp", stamp));
        UpdateResult result = alerts.updateOne(Filters.and(Filters.eq("_id", alert.alertId()), notNewer),
                Updates.combine(
                        Updates.set("severity", alert.severity()),
                        Updates.set("evidence", alert.evidence()),
                        Updates.set("raisedAt", date(alert.raisedAt())),
                        Updates.set("dueBy", date(alert.dueBy())),
                        Updates.set("actors", alert.actors()),
                        Updates.set("summary", alert.summary()),
                        Updates.set("relatedChildIds", alert.relatedChildIds()),
                        Updates.set("allocatedWorker", worker(alert.allocatedWorker())),
                        Updates.set("raisedStamp", stamp)));
        return result.getMatchedCount() > 0 ? Outcome.UPDATED : Outcome.STALE;
    }

    /** The child's allocated worker and team as the alert named them; null when it named none. */
    private static Document worker(uk.lantern.schemas.AllocatedWorker worker) {
        return worker == null ? null : new Document("name", worker.name()).append("team", worker.team());
    }

    private Outcome clear(AlertCleared cleared, long stamp) {
        Bson notNewerRaise = Filters.or(Filters.exists("raisedStamp", false), Filters.lte("raisedStamp", stamp));
        Bson clearedFields = Updates.combine(
                Updates.set("clearedAt", date(cleared.clearedAt())),
                Updates.set("clearReason", cleared.reason()),
                Updates.set("clearedStamp", stamp));
        // An alert a person resolved keeps its status; the clearing is still recorded on it.
        UpdateResult resolved = alerts.updateOne(Filters.and(Filters.eq("_id", cleared.alertId()),
                Filters.eq("status", AlertStatus.RESOLVED.name()), notNewerRaise), clearedFields);
        if (resolved.getMatchedCount() > 0) {
            return Outcome.CLEARED;
        }
        try {
            UpdateResult result = alerts.updateOne(Filters.and(Filters.eq("_id", cleared.alertId()),
                            Filters.ne("status", AlertStatus.RESOLVED.name()), notNewerRaise),
                    Updates.combine(clearedFields,
                            Updates.set("status", AlertStatus.CLEARED.name()),
                            Updates.setOnInsert("code", cleared.code()),
                            Updates.setOnInsert("childId", cleared.childId())),
                    new UpdateOptions().upsert(true));
            return result.getMatchedCount() > 0 || result.getUpsertedId() != null ? Outcome.CLEARED : Outcome.STALE;
        } catch (MongoWriteException e) {
            if (duplicateKey(e)) {
                return Outcome.STALE; // a newer raise is stored
            }
            throw e;
        }
    }

    /** Nanoseconds since the epoch: orders two events of one alert exactly (a Date keeps milliseconds only). */
    public static long stamp(Instant at) {
        return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
    }

    static Date date(Instant at) {
        return at == null ? null : Date.from(at);
    }

    static boolean duplicateKey(MongoWriteException e) {
        return ErrorCategory.fromErrorCode(e.getError().getCode()) == ErrorCategory.DUPLICATE_KEY;
    }
}
