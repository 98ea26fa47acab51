package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.util.List;
import uk.lantern.schemas.AllocatedWorker;

/**
 * An open alert as it now stands, when its evidence, start or due date changed without the condition changing (an
 * earlier indicator delivered late joins the same gap). Same fields as {@link AlertRaised}; consumers replace the
 * alert they hold, and do not count it as raised again.
 */
public record AlertUpdated(String alertId, String code, String severity, String childId, List<String> evidence,
                           Instant raisedAt, Instant dueBy, List<String> actors, String summary,
                           String relatedChildId, List<String> relatedChildIds, AllocatedWorker allocatedWorker)
        implements AlertEvent {
    public AlertUpdated {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        actors = actors == null ? List.of() : List.copyOf(actors);
        relatedChildIds = relatedChildIds == null ? List.of() : List.copyOf(relatedChildIds);
    }

    public AlertUpdated(String alertId, String code, String severity, String childId, List<String> evidence,
                        Instant raisedAt, Instant dueBy, List<String> actors, String summary, String relatedChildId,
                        List<String> relatedChildIds) {
        this(alertId, code, severity, childId, evidence, raisedAt, dueBy, actors, summary, relatedChildId,
                relatedChildIds, null);
    }

    /** The same alert naming the child's allocated social worker and team (null: none known). */
    public AlertUpdated withAllocatedWorker(AllocatedWorker worker) {
        return new AlertUpdated(alertId, code, severity, childId, evidence, raisedAt, dueBy, actors, summary,
                relatedChildId, relatedChildIds, worker);
    }

    public AlertUpdated(String alertId, String code, String severity, String childId, List<String> evidence,
                        Instant raisedAt, Instant dueBy, List<String> actors, String summary, String relatedChildId) {
        this(alertId, code, severity, childId, evidence, raisedAt, dueBy, actors, summary, relatedChildId, List.of());
    }
}
