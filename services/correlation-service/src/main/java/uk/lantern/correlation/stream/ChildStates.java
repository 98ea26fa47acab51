package uk.lantern.correlation.stream;

import java.util.Map;

import org.apache.kafka.streams.state.KeyValueStore;

import uk.lantern.correlation.stream.cache.LeastRecentlyUsed;

/**
 * Every child's state in its store, and the states of the children seen lately decoded: a cache of the store, never
 * the truth, made afresh with the processor each time the task starts (so a store restored after a crash is never
 * hidden by what was rolled back). Every write goes to the store and the cache together.
 */
final class ChildStates {

    private final KeyValueStore<String, ChildState> store;
    private final Map<String, ChildState> decoded;

    ChildStates(KeyValueStore<String, ChildState> store, int cachedChildren) {
        this.store = store;
        this.decoded = LeastRecentlyUsed.map(cachedChildren);
    }

    /** The child's state, or null when the child has none yet. */
    ChildState get(String childId) {
        ChildState state = decoded.get(childId);
        if (state == null) {
            state = store.get(childId);
            if (state != null) {
                decoded.put(childId, state);
            }
        }
        return state;
    }

    void put(String childId, ChildState state) {
        ChildState previous = decoded.get(childId);
        if (previous != null && store instanceof UndoableStore<String, ChildState> undoable) {
            undoable.put(childId, state, previous); // the undo needs no read: decoding a state was 5 % of the stage
        } else {
            store.put(childId, state);
        }
        decoded.put(childId, state);
    }
}
