package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonProperty;

import uk.lantern.schemas.correlation.AlertRaised;

/**
 * A child's state store value: its open alerts as published, its version, when its time rules next fall due, when
 * its profile next changes with the clock alone, and, once merged into another child, which. Its events are in
 * {@link ChildHistory}, one entry each. The child has one slot in the schedule, at {@link #wakeAt()}.
 *
 * @param unmigratedEvents events as a state written before the history had its own store held them (read as
 *                         {@code events}); moved to the history the first time the child is read, then empty
 * @param adoptedPending   true while the first parts of a move of records to this child have arrived and the last
 *                         (on which the rules run) has not; null otherwise
 * @param absorbed         the children merged into this one, and those merged into them before, sorted; null when
 *                         none. A possible-same-child question about one of them is answered.
 * @param profileChangesAt  when the profile last built would next differ with no new event (an episode leaving a
 *                         window, an assessment falling overdue); null when nothing ahead depends on the time, while a
 *                         profile is due (it is worked out when the profile is built), and in a state written before
 *                         the field
 * @param erased           the records of this child's sources erased at their source (an episode, a case, a register
 *                         entry, a concern, an assessment), in the order the erasures came; null when none. An event
 *                         of one recorded before its erasure that arrives after it (moving with its record from
 *                         another child, or sent again) is the erased record's, and is dropped at once.
 */
record ChildState(String childId, long version, List<AlertRaised> openAlerts, Instant nextEvaluationAt,
                  String mergedInto, @JsonProperty("events") List<StoredEvent> unmigratedEvents,
                  Boolean adoptedPending, List<String> absorbed, Instant profileChangesAt, List<Erasure> erased) {

    ChildState {
        openAlerts = openAlerts == null ? List.of() : List.copyOf(openAlerts);
        unmigratedEvents = unmigratedEvents == null || unmigratedEvents.isEmpty() ? null : List.copyOf(unmigratedEvents);
        adoptedPending = Boolean.TRUE.equals(adoptedPending) ? Boolean.TRUE : null; // left out of the JSON unless true
        absorbed = absorbed == null || absorbed.isEmpty() ? null : List.copyOf(new TreeSet<>(absorbed));
        erased = erased == null || erased.isEmpty() ? null : List.copyOf(erased);
    }

    ChildState(String childId, long version, List<AlertRaised> openAlerts, Instant nextEvaluationAt,
               String mergedInto, List<StoredEvent> unmigratedEvents, Boolean adoptedPending, List<String> absorbed,
               Instant profileChangesAt) {
        this(childId, version, openAlerts, nextEvaluationAt, mergedInto, unmigratedEvents, adoptedPending, absorbed,
                profileChangesAt, null);
    }

    ChildState(String childId, long version, List<AlertRaised> openAlerts, Instant nextEvaluationAt,
               String mergedInto) {
        this(childId, version, openAlerts, nextEvaluationAt, mergedInto, null, null, null, null);
    }

    ChildState(String childId, long version, List<AlertRaised> openAlerts, Instant nextEvaluationAt,
               String mergedInto, List<StoredEvent> unmigratedEvents, Boolean adoptedPending, List<String> absorbed) {
        this(childId, version, openAlerts, nextEvaluationAt, mergedInto, unmigratedEvents, adoptedPending, absorbed,
                null);
    }

    /** The child's slot in the schedule: the earlier of its rules' next evaluation and its profile's next change. */
    Instant wakeAt() {
        if (nextEvaluationAt == null || profileChangesAt == null) {
            return nextEvaluationAt == null ? profileChangesAt : nextEvaluationAt;
        }
        return nextEvaluationAt.isBefore(profileChangesAt) ? nextEvaluationAt : profileChangesAt;
    }

    /** Whether the profile last built no longer holds at {@code now}: the clock alone has changed it. */
    boolean profileChangedBy(Instant now) {
        return profileChangesAt != null && !profileChangesAt.isAfter(now);
    }

    ChildState withProfileChangesAt(Instant at) {
        return new ChildState(childId, version, openAlerts, nextEvaluationAt, mergedInto, unmigratedEvents,
                adoptedPending, absorbed, at, erased);
    }

    /** Events adopted in the first parts of a move are kept, and the rules not yet run on them. */
    boolean adoptedUnevaluated() {
        return adoptedPending != null;
    }

    ChildState withAdoptedUnevaluated() {
        return new ChildState(childId, version, openAlerts, nextEvaluationAt, mergedInto, unmigratedEvents, true,
                absorbed, profileChangesAt, erased);
    }

    static ChildState empty(String childId) {
        return new ChildState(childId, 0, List.of(), null, null);
    }

    ChildState withOpenAlerts(long nextVersion, List<AlertRaised> open) {
        return new ChildState(childId, nextVersion, open, nextEvaluationAt, mergedInto, null, adoptedPending,
                absorbed, profileChangesAt, erased);
    }

    ChildState withNextEvaluationAt(Instant next) {
        return new ChildState(childId, version, openAlerts, next, mergedInto, null, adoptedPending, absorbed,
                profileChangesAt, erased);
    }

    /** The state as read after its events moved to the history store: the same, without them. */
    ChildState withoutUnmigratedEvents() {
        return new ChildState(childId, version, openAlerts, nextEvaluationAt, mergedInto, null, adoptedPending,
                absorbed, profileChangesAt, erased);
    }

    /** This child has taken in {@code children} (a merged child and the ones merged into it before). */
    ChildState withAbsorbed(Collection<String> children) {
        var all = new TreeSet<>(absorbedChildren());
        all.addAll(children);
        return new ChildState(childId, version, openAlerts, nextEvaluationAt, mergedInto, unmigratedEvents,
                adoptedPending, List.copyOf(all), profileChangesAt, erased);
    }

    /** {@link #absorbed}, empty when none. */
    List<String> absorbedChildren() {
        return absorbed == null ? List.of() : absorbed;
    }

    /** Whether {@code other} is this child, or a child merged into it. */
    boolean isOrAbsorbed(String other) {
        return other != null && (childId.equals(other) || absorbedChildren().contains(other));
    }

    /** {@link #erased}, empty when none. */
    List<Erasure> erasures() {
        return erased == null ? List.of() : erased;
    }

    /**
     * The child has these erasures too: one per record, the latest (the same erasure again changes nothing; a record
     * made again under its id and erased again covers what was recorded before the later erasure). One without its
     * time (sent before erasures carried it) is not kept: which of the record's later events it covers cannot be told.
     */
    ChildState withErased(Collection<Erasure> more) {
        var all = new java.util.ArrayList<>(erasures());
        for (Erasure erasure : more) {
            if (erasure.erasedAt() == null) {
                continue;
            }
            var same = all.stream().filter(e -> e.source().equals(erasure.source())
                    && e.item().equals(erasure.item())).findFirst();
            if (same.isEmpty()) {
                all.add(erasure);
            } else if (erasure.erasedAt().isAfter(same.get().erasedAt())) {
                all.set(all.indexOf(same.get()), erasure);
            }
        }
        return all.equals(erasures()) ? this : new ChildState(childId, version, openAlerts, nextEvaluationAt,
                mergedInto, unmigratedEvents, adoptedPending, absorbed, profileChangesAt, all);
    }

    /** The erasure of a record an event of which, recorded before it, is arriving only now; empty when none. */
    java.util.Optional<Erasure> erasureOf(StoredEvent arriving) {
        return erasures().stream().filter(e -> e.coversEarlier(arriving)).findFirst();
    }
}
