package uk.lantern.correlation.stream;

import java.util.List;

import uk.lantern.schemas.correlation.AlertRaised;

/**
 * Everything that reaches a child's task on {@link CorrelationTopology#CHILD_EVENTS}, keyed by Lantern child id:
 * a source event resolved to the child; a record moved away from it (a reviewer's decision); the whole child merged
 * into another; records adopted from another child; and alerts raised or cleared by the identity and shared-link
 * stages, which the child's task publishes so that one writer owns each child's alerts.
 */
record ChildMessage(Kind kind, StoredEvent event, String recordId, String toChild, List<StoredEvent> events,
                    AlertRaised alert, String alertId, String reason, String mergedFrom) {

    enum Kind { SOURCE_EVENT, RECORD_MOVED, MERGED_INTO, RECORDS_ADOPTED, ALERT_RAISED, ALERT_CLEARED }

    ChildMessage {
        events = events == null ? List.of() : List.copyOf(events);
    }

    static ChildMessage sourceEvent(StoredEvent event) {
        return new ChildMessage(Kind.SOURCE_EVENT, event, event.recordId(), null, null, null, null, null, null);
    }

    static ChildMessage recordMoved(String recordId, String toChild, String reason) {
        return new ChildMessage(Kind.RECORD_MOVED, null, recordId, toChild, null, null, null, reason, null);
    }

    static ChildMessage mergedInto(String toChild, String reason) {
        return new ChildMessage(Kind.MERGED_INTO, null, null, toChild, null, null, null, reason, null);
    }

    static ChildMessage adopted(List<StoredEvent> events) {
        return new ChildMessage(Kind.RECORDS_ADOPTED, null, null, null, events, null, null, null, null);
    }

    /** All the records of child {@code mergedFrom}, which was merged into the child receiving them. */
    static ChildMessage merged(List<StoredEvent> events, String mergedFrom) {
        return new ChildMessage(Kind.RECORDS_ADOPTED, null, null, null, events, null, null, null, mergedFrom);
    }

    static ChildMessage alertRaised(AlertRaised alert) {
        return new ChildMessage(Kind.ALERT_RAISED, null, null, null, null, alert, alert.alertId(), null, null);
    }

    static ChildMessage alertCleared(String alertId, String reason) {
        return new ChildMessage(Kind.ALERT_CLEARED, null, null, null, null, null, alertId, reason, null);
    }
}
