package uk.lantern.correlation.stream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * When each key's time rules next fall due, as a store ordered by time ({@code 0000001732233600000|key}), so the
 * wall-clock punctuator reads only what is due. Each read starts where the last one ended (or earlier, if a key was
 * since scheduled before that): a range from the first key would walk every slot already taken, which RocksDB keeps
 * as deletions until it compacts them (at a million children, most of a tick). The first read after the task starts
 * begins at the start.
 */
final class Schedule {

    private final KeyValueStore<String, String> store;
    private Instant takenUpTo = Instant.EPOCH;

    Schedule(KeyValueStore<String, String> store) {
        this.store = store;
    }

    void move(String key, Instant from, Instant to) {
        if (from != null && !from.equals(to)) {
            store.delete(slot(from, key));
        }
        if (to != null) {
            store.put(slot(to, key), key);
            if (to.isBefore(takenUpTo)) {
                takenUpTo = to;
            }
        }
    }

    /** The keys due at or before {@code now}, taken off the schedule. */
    List<String> takeDue(Instant now) {
        var due = new ArrayList<String>();
        var slots = new ArrayList<String>();
        try (var range = store.range(slot(takenUpTo, ""), String.format("%019d|\uffff", now.toEpochMilli()))) {
            range.forEachRemaining(kv -> {
                slots.add(kv.key);
                due.add(kv.value);
            });
        }
        slots.forEach(store::delete);
        if (now.isAfter(takenUpTo)) {
            takenUpTo = now;
        }
        return due;
    }

    private static String slot(Instant at, String key) {
        return String.format("%019d|%s", Math.max(0, at.toEpochMilli()), key);
    }
}
