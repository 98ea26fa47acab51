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
                    AlertRaised alert, String alertId, String reason, String mergedFrom, Boolean more,
                    List<String> mergedFromAbsorbed, String erasedEpisodeId, Erasure erasure,
                    List<Erasure> erased) {

    /**
     * {@code EPISODE_ERASED}: an episode's erasure as sent before every source's erasure took one path
     * ({@code ERASED}); still read, as such messages may be on the topic.
     */
    enum Kind {
        SOURCE_EVENT, RECORD_MOVED, MERGED_INTO, RECORDS_ADOPTED, ALERT_RAISED, ALERT_CLEARED, EPISODE_ERASED, ERASED
    }

    /**
     * The most events one message carries. A child's records move in parts of this many, so that a child with years
     * of history never makes a message larger than the broker takes (about 1,400 events would pass 1 MB).
     */
    static final int EVENTS_PER_MESSAGE = 200;

    ChildMessage {
        events = events == null ? List.of() : List.copyOf(events);
        more = Boolean.TRUE.equals(more) ? Boolean.TRUE : null; // left out of the JSON unless true
        mergedFromAbsorbed = mergedFromAbsorbed == null || mergedFromAbsorbed.isEmpty() ? null
                : List.copyOf(mergedFromAbsorbed);
        erased = erased == null || erased.isEmpty() ? null : List.copyOf(erased);
    }

    ChildMessage(Kind kind, StoredEvent event, String recordId, String toChild, List<StoredEvent> events,
                 AlertRaised alert, String alertId, String reason, String mergedFrom) {
        this(kind, event, recordId, toChild, events, alert, alertId, reason, mergedFrom, null, null, null, null,
                null);
    }

    /** A record was erased at its source: the child forgets its events and what they alone supported. */
    static ChildMessage erased(Erasure erasure) {
        return new ChildMessage(Kind.ERASED, null, null, null, null, null, null, erasure.reason(), null, null, null,
                null, erasure, null);
    }

    /** The erasure this message brings: of {@code ERASED}, and of {@code EPISODE_ERASED} as sent before. */
    Erasure erasureToApply() {
        return kind == Kind.EPISODE_ERASED ? Erasure.ofEpisode(erasedEpisodeId, reason) : erasure;
    }

    /** {@link #erased}, empty when none: the erasures the sending child had, which travel with its events. */
    List<Erasure> erasedBefore() {
        return erased == null ? List.of() : erased;
    }

    /** The merged child and the children merged into it before: all of them are the receiving child's now. */
    List<String> absorbedByTheMerge() {
        var all = new java.util.ArrayList<String>();
        if (mergedFrom != null) {
            all.add(mergedFrom);
            if (mergedFromAbsorbed != null) {
                all.addAll(mergedFromAbsorbed);
            }
        }
        return all;
    }

    /** Further parts of the same move follow this one. */
    boolean moreToCome() {
        return more != null;
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

    /**
     * Records moving to the child receiving them, in parts of at most {@link #EVENTS_PER_MESSAGE} events; all but the
     * last say more is to come, and the child runs its rules once, on the last. {@code mergedFrom} is the child
     * merged into the receiving one, when the whole child moved; null when some of its records did. The last part
     * also names the children merged into {@code mergedFrom} before ({@code mergedFromAbsorbed}); a whole child
     * with no events left still sends that one part.
     */
    static List<ChildMessage> adopted(List<StoredEvent> events, String mergedFrom, List<String> mergedFromAbsorbed) {
        return adopted(events, mergedFrom, mergedFromAbsorbed, List.of());
    }

    /**
     * As {@link #adopted(List, String, List)}, each part also carrying the erasures the sending child had
     * ({@code erased}), so that the receiving child drops an erased record's events still on their way to it.
     */
    static List<ChildMessage> adopted(List<StoredEvent> events, String mergedFrom, List<String> mergedFromAbsorbed,
                                      List<Erasure> erased) {
        var parts = new java.util.ArrayList<ChildMessage>();
        for (int from = 0; from < events.size(); from += EVENTS_PER_MESSAGE) {
            int to = Math.min(events.size(), from + EVENTS_PER_MESSAGE);
            boolean last = to == events.size();
            parts.add(new ChildMessage(Kind.RECORDS_ADOPTED, null, null, null, events.subList(from, to), null, null,
                    null, mergedFrom, !last, last ? mergedFromAbsorbed : null, null, null, erased));
        }
        if (parts.isEmpty() && mergedFrom != null) {
            parts.add(new ChildMessage(Kind.RECORDS_ADOPTED, null, null, null, List.of(), null, null, null,
                    mergedFrom, false, mergedFromAbsorbed, null, null, erased));
        }
        return parts;
    }

    static ChildMessage alertRaised(AlertRaised alert) {
        return new ChildMessage(Kind.ALERT_RAISED, null, null, null, null, alert, alert.alertId(), null, null);
    }

    static ChildMessage alertCleared(String alertId, String reason) {
        return new ChildMessage(Kind.ALERT_CLEARED, null, null, null, null, null, alertId, reason, null);
    }
}
