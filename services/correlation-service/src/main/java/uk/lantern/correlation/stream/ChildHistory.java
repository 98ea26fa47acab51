package uk.lantern.correlation.stream;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.state.KeyValueStore;

import uk.lantern.correlation.patterns.ChildFact;
import uk.lantern.correlation.stream.cache.LeastRecentlyUsed;

/**
 * Every child's events, one store entry per event ({@code childId|eventId}), so that an arriving event costs one
 * small write instead of a rewrite of the child's whole history; and, for the children seen lately, their history
 * decoded ({@link KnownChild}). The decoded children are a cache of the store, never the truth: they are dropped
 * when the task starts (after a crash the store is restored from its changelog and the cache would hold what was
 * rolled back) and when an event leaves a child, and rebuilt from the store on the next miss.
 */
final class ChildHistory {

    private static final StringSerializer KEYS = new StringSerializer();

    private final KeyValueStore<String, StoredEvent> store;
    private final Map<String, KnownChild> known;

    ChildHistory(KeyValueStore<String, StoredEvent> store, int cachedChildren) {
        this.store = store;
        this.known = LeastRecentlyUsed.map(cachedChildren);
    }

    /** Keeps the event unless the child has it already; false for a redelivery, which changes nothing. */
    boolean add(String childId, StoredEvent event) {
        KnownChild child = known.get(childId);
        boolean seen = child != null ? child.has(event.eventId()) : store.get(key(childId, event.eventId())) != null;
        if (seen) {
            return false;
        }
        store.put(key(childId, event.eventId()), event);
        if (child != null) {
            child.add(event);
        }
        return true;
    }

    /** The child's events in event-id order (the same order whatever order they arrived in). */
    List<StoredEvent> events(String childId) {
        var events = new ArrayList<StoredEvent>();
        try (var range = store.prefixScan(childId + "|", KEYS)) {
            range.forEachRemaining(kv -> events.add(kv.value));
        }
        return events;
    }

    /** Takes the events out of the child's history. */
    void remove(String childId, List<StoredEvent> leaving) {
        leaving.forEach(e -> store.delete(key(childId, e.eventId())));
        known.remove(childId);
    }

    /** The child's history decoded, from the cache or rebuilt from its events. */
    KnownChild child(String childId) {
        return known.computeIfAbsent(childId, id -> KnownChild.of(id, events(id)));
    }

    static ChildFact fact(StoredEvent event) {
        return FactCodec.fact(event.factType(), event.fact());
    }

    private static String key(String childId, String eventId) {
        return childId + "|" + eventId;
    }
}
