package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.lantern.schemas.correlation.AlertRaised;

/**
 * A child's state store value: its open alerts as published, its version, when its time rules next fall due, and,
 * once merged into another child, which. Its events are in {@link ChildHistory}, one entry each.
 *
 * @param unmigratedEvents events as a state written before the history had its own store held them (read as
 *                         {@code events}); moved to the history the first time the child is read, then empty
 * @param adoptedPending   true while the first parts of a move of records to this child have arrived and the last
 *                         (on which the rules run) has not; null otherwise
 */
record ChildState(String childId, long version, List<AlertRaised> openAlerts, Instant nextEvaluationAt,
                  String mergedInto, @JsonProperty("events") List<StoredEvent> unmigratedEvents,
                  Boolean adoptedPending) {

    ChildState {
        openAlerts = openAlerts == null ? List.of() : List.copyOf(openAlerts);
        unmigratedEvents = unmigratedEvents == null || unmigratedEvents.isEmpty() ? null : List.copyOf(unmigratedEvents);
        adoptedPending = Boolean.TRUE.equals(adoptedPending) ? Boolean.TRUE : null; // left out of the JSON unless true
    }

    ChildState(String childId, long version, List<AlertRaised> openAlerts, Instant nextEvaluationAt,
               String mergedInto) {
        this(childId, version, openAlerts, nextEvaluationAt, mergedInto, null, null);
    }

    /** Events adopted in the first parts of a move are kept, and the rules not yet run on them. */
    boolean adoptedUnevaluated() {
        return adoptedPending != null;
    }

    ChildState withAdoptedUnevaluated() {
        return new ChildState(childId, version, openAlerts, nextEvaluationAt, mergedInto, unmigratedEvents, true);
    }

    static ChildState empty(String childId) {
        return new ChildState(childId, 0, List.of(), null, null);
    }

    ChildState withOpenAlerts(long nextVersion, List<AlertRaised> open) {
        return new ChildState(childId, nextVersion, open, nextEvaluationAt, mergedInto, null, adoptedPending);
    }

    ChildState withNextEvaluationAt(Instant next) {
        return new ChildState(childId, version, openAlerts, next, mergedInto, null, adoptedPending);
    }
}
