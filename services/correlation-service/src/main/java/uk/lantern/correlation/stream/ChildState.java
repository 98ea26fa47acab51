package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

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
 * @param absorbed         the children merged into this one, and those merged into them before, sorted; null when
 *                         none. A possible-same-child question about one of them is answered.
 */
record ChildState(String childId, long version, List<AlertRaised> openAlerts, Instant nextEvaluationAt,
                  String mergedInto, @JsonProperty("events") List<StoredEvent> unmigratedEvents,
                  Boolean adoptedPending, List<String> absorbed) {

    ChildState {
        openAlerts = openAlerts == null ? List.of() : List.copyOf(openAlerts);
        unmigratedEvents = unmigratedEvents == null || unmigratedEvents.isEmpty() ? null : List.copyOf(unmigratedEvents);
        adoptedPending = Boolean.TRUE.equals(adoptedPending) ? Boolean.TRUE : null; // left out of the JSON unless true
        absorbed = absorbed == null || absorbed.isEmpty() ? null : List.copyOf(new TreeSet<>(absorbed));
    }

    ChildState(String childId, long version, List<AlertRaised> openAlerts, Instant nextEvaluationAt,
               String mergedInto) {
        this(childId, version, openAlerts, nextEvaluationAt, mergedInto, null, null, null);
    }

    /** Events adopted in the first parts of a move are kept, and the rules not yet run on them. */
    boolean adoptedUnevaluated() {
        return adoptedPending != null;
    }

    ChildState withAdoptedUnevaluated() {
        return new ChildState(childId, version, openAlerts, nextEvaluationAt, mergedInto, unmigratedEvents, true,
                absorbed);
    }

    static ChildState empty(String childId) {
        return new ChildState(childId, 0, List.of(), null, null);
    }

    ChildState withOpenAlerts(long nextVersion, List<AlertRaised> open) {
        return new ChildState(childId, nextVersion, open, nextEvaluationAt, mergedInto, null, adoptedPending,
                absorbed);
    }

    ChildState withNextEvaluationAt(Instant next) {
        return new ChildState(childId, version, openAlerts, next, mergedInto, null, adoptedPending, absorbed);
    }

    /** The state as read after its events moved to the history store: the same, without them. */
    ChildState withoutUnmigratedEvents() {
        return new ChildState(childId, version, openAlerts, nextEvaluationAt, mergedInto, null, adoptedPending,
                absorbed);
    }

    /** This child has taken in {@code children} (a merged child and the ones merged into it before). */
    ChildState withAbsorbed(Collection<String> children) {
        var all = new TreeSet<>(absorbedChildren());
        all.addAll(children);
        return new ChildState(childId, version, openAlerts, nextEvaluationAt, mergedInto, unmigratedEvents,
                adoptedPending, List.copyOf(all));
    }

    /** {@link #absorbed}, empty when none. */
    List<String> absorbedChildren() {
        return absorbed == null ? List.of() : absorbed;
    }

    /** Whether {@code other} is this child, or a child merged into it. */
    boolean isOrAbsorbed(String other) {
        return other != null && (childId.equals(other) || absorbedChildren().contains(other));
    }
}
