package uk.lantern.correlation.stream;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The children whose profile changed since the last tick. The store is the truth (a crash between a change and the
 * tick publishes the profile after the restart); the set in memory is a copy of it, read from the store once when the
 * task starts, so that a tick never iterates the store: every published profile leaves a deletion behind in RocksDB,
 * and at a million children an iteration from the first key walked a million deletions four times a second.
 */
final class ProfilesDue {

    private final KeyValueStore<String, String> store;
    private final Set<String> children = new LinkedHashSet<>();

    ProfilesDue(KeyValueStore<String, String> store) {
        this.store = store;
        try (var all = store.all()) {
            all.forEachRemaining(kv -> children.add(kv.key));
        }
    }

    /** Marks the child due; a child already due is not written again (only the keys are ever read back). */
    void changed(String childId, long version) {
        if (children.add(childId)) {
            store.put(childId, Long.toString(version));
        }
    }

    void forget(String childId) {
        if (children.remove(childId)) {
            store.delete(childId);
        }
    }

    /** The children due, each taken off the list. */
    List<String> take() {
        var due = List.copyOf(children);
        children.clear();
        due.forEach(store::delete);
        return due;
    }
}
