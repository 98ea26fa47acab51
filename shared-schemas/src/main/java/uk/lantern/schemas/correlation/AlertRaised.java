package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.util.List;
import uk.lantern.schemas.AllocatedWorker;

/**
 * A pattern of DOMAIN.md holds for a child. The same condition has the same {@code alertId}, always.
 *
 * @param code         DOMAIN.md's code, e.g. RHI_OVERDUE
 * @param severity     LOW, MEDIUM, HIGH or URGENT
 * @param evidence     the event ids behind the alert, sorted
 * @param raisedAt     when the condition began (a report, a deadline passing), from the facts
 * @param dueBy        by when someone should act
 * @param actors       who should act (MISSING_COORDINATOR, RETURN_INTERVIEW_PROVIDER, ...)
 * @param summary      one line in the users' words
 * @param relatedChildId the other child, for POSSIBLE_SAME_CHILD; null otherwise
 * @param allocatedWorker the child's allocated social worker and team where its profile knows them; null otherwise
 * @param relatedChildIds the other children a SHARED_ASSOCIATE or SHARED_LOCATION links the child to; empty otherwise
 */
public record AlertRaised(String alertId, String code, String severity, String childId, List<String> evidence,
                          Instant raisedAt, Instant dueBy, List<String> actors, String summary,
                          String relatedChildId, List<String> relatedChildIds, AllocatedWorker allocatedWorker)
        implements AlertEvent {
    public AlertRaised {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        actors = actors == null ? List.of() : List.copyOf(actors);
        relatedChildIds = relatedChildIds == null ? List.of() : List.copyOf(relatedChildIds);
    }

    public AlertRaised(String alertId, String code, String severity, String childId, List<String> evidence,
                       Instant raisedAt, Instant dueBy, List<String> actors, String summary, String relatedChildId,
                       List<String> relatedChildIds) {
        this(alertId, code, severity, childId, evidence, raisedAt, dueBy, actors, summary, relatedChildId,
                relatedChildIds, null);
    }

    /** The same alert naming the child's allocated social worker and team (null: none known). */
    public AlertRaised withAllocatedWorker(AllocatedWorker worker) {
        return new AlertRaised(alertId, code, severity, childId, evidence, raisedAt, dueBy, actors, summary,
                relatedChildId, relatedChildIds, worker);
    }

    public AlertRaised(String alertId, String code, String severity, String childId, List<String> evidence,
                       Instant raisedAt, Instant dueBy, List<String> actors, String summary, String relatedChildId) {
        this(alertId, code, severity, childId, evidence, raisedAt, dueBy, actors, summary, relatedChildId, List.of());
    }
}
