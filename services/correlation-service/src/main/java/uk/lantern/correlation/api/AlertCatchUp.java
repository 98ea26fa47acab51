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
    private final Duration wait;

    AlertCatchUp(MongoTemplate mongo, BoardSettings settings) {
        this.alerts = mongo.getCollection(AlertProjection.COLLECTION);
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

    private boolean has(String alertId, long stamp) {
        return alerts.countDocuments(Filters.and(Filters.eq("_id", alertId),
                Filters.or(Filters.gte("raisedStamp", stamp), Filters.gte("clearedStamp", stamp)))) > 0;
    }
}
