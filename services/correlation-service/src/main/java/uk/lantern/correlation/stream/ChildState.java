package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.List;

import uk.lantern.schemas.correlation.AlertRaised;

/**
 * A child's state store value: its events (each once), its open alerts as published, when its time rules next fall
 * due, and, once merged into another child, which.
 */
record ChildState(String childId, long version, List<StoredEvent> events, List<AlertRaised> openAlerts,
                  Instant nextEvaluationAt, String mergedInto) {

    ChildState {
        events = events == null ? List.of() : List.copyOf(events);
        openAlerts = openAlerts == null ? List.of() : List.copyOf(openAlerts);
    }

    static ChildState empty(String childId) {
        return new ChildState(childId, 0, List.of(), List.of(), null, null);
    }
}
