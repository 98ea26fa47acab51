package uk.lantern.correlation.api;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.projection.AlertProjection;

/**
 * Read-your-event for the alerts board. A console hears an alert's event on {@code lantern.alerts.v1} at the same
 * time as this service's projection does; a board that then asks for its rows must not be answered from before the
 * projection stored it, or the alert would not appear until the board's next refresh. Asked with the alert and the
 * event's {@code recordedAt}, the list first waits, up to {@link BoardSettings#catchUpWait()}, until the alert's
 * document carries that event or a later one (its raise or clear stamp, as the projection orders them).
 */
class AlertCatchUp {

    private static final long POLL_MILLIS = 50;

    private final MongoCollection<Document> alerts;
    private final MongoCollection<Document> profiles;
    private final MongoCollection<Document> former;
    private final Duration wait;

    AlertCatchUp(MongoTemplate mongo, BoardSettings settings) {
        this.alerts = mongo.getCollection(AlertProjection.COLLECTION);
        this.profiles = mongo.getCollection(uk.lantern.correlation.projection.ProfileProjection.COLLECTION);
        this.former = mongo.getCollection(uk.lantern.correlation.projection.ProfileProjection.FORMER_CHILDREN);
        this.wait = settings.catchUpWait();
    }

    /** True when the alert's document has the change recorded at {@code changedAt} (now, or within the wait). */
    boolean caughtUp(String alertId, Instant changedAt) {
        long stamp = AlertProjection.stamp(changedAt);
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            if (has(alertId, stamp)) {
                return true;
            }
            if (System.nanoTime() >= deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return has(alertId, stamp);
            }
        }
    }

    /**
     * The alert's document has the change, and its child is known here (a profile, or a child merged away), so the
     * row can name the child: the profile comes from its own topic and may follow the alert.
     */
    private boolean has(String alertId, long stamp) {
        Document alert = alerts.find(Filters.and(Filters.eq("_id", alertId),
                Filters.or(Filters.gte("raisedStamp", stamp), Filters.gte("clearedStamp", stamp))))
                .projection(new Document("childId", 1)).first();
        if (alert == null) {
            return false;
        }
        String childId = alert.getString("childId");
        return childId == null || profiles.countDocuments(Filters.eq("_id", childId)) > 0
                || former.countDocuments(Filters.eq("_id", childId)) > 0;
    }
}
