package uk.lantern.correlation.stream;

import java.util.List;
import java.util.function.Consumer;

import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.StateStoreContext;
import org.apache.kafka.streams.query.Position;
import org.apache.kafka.streams.query.PositionBound;
import org.apache.kafka.streams.query.Query;
import org.apache.kafka.streams.query.QueryConfig;
import org.apache.kafka.streams.query.QueryResult;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A stage's store as {@link AllOrNothing} hands it out: every write first tells the unit how to undo it (the value it
 * replaces, or that there was none), so a unit that fails leaves the store as it found it. Reads pass straight through.
 */
final class UndoableStore<K, V> implements KeyValueStore<K, V> {

    private final KeyValueStore<K, V> store;
    private final Consumer<Runnable> undoLog;

    UndoableStore(KeyValueStore<K, V> store, Consumer<Runnable> undoLog) {
        this.store = store;
        this.undoLog = undoLog;
    }

    @Override
    public void put(K key, V value) {
        remember(key, store.get(key));
        store.put(key, value);
    }

    /**
     * A put by a caller that knows the value it replaces (kept decoded beside the store, see {@link ChildStates}), so
     * the undo costs no read; {@code previous} null means there was none.
     */
    void put(K key, V value, V previous) {
        remember(key, previous);
        store.put(key, value);
    }

    @Override
    public V putIfAbsent(K key, V value) {
        V current = store.putIfAbsent(key, value);
        if (current == null) {
            remember(key, null);
        }
        return current;
    }

    @Override
    public void putAll(List<KeyValue<K, V>> entries) {
        entries.forEach(entry -> put(entry.key, entry.value));
    }

    @Override
    public V delete(K key) {
        V previous = store.delete(key);
        if (previous != null) {
            remember(key, previous);
        }
        return previous;
    }

    private void remember(K key, V previous) {
        undoLog.accept(previous == null ? () -> store.delete(key) : () -> store.put(key, previous));
    }

    @Override
    public V get(K key) {
        return store.get(key);
    }

    @Override
    public KeyValueIterator<K, V> range(K from, K to) {
        return store.range(from, to);
    }

    @Override
    public KeyValueIterator<K, V> reverseRange(K from, K to) {
        return store.reverseRange(from, to);
    }

    @Override
    public KeyValueIterator<K, V> all() {
        return store.all();
    }

    @Override
    public KeyValueIterator<K, V> reverseAll() {
        return store.reverseAll();
    }

    @Override
    public <PS extends Serializer<P>, P> KeyValueIterator<K, V> prefixScan(P prefix, PS prefixKeySerializer) {
        return store.prefixScan(prefix, prefixKeySerializer);
    }

    @Override
    public long approximateNumEntries() {
        return store.approximateNumEntries();
    }

    @Override
    public String name() {
        return store.name();
    }

    @Override
    public void init(StateStoreContext context, StateStore root) {
        store.init(context, root);
    }

    @Override
    public void flush() {
        store.flush();
    }

    @Override
    public void close() {
        store.close();
    }

    @Override
    public boolean persistent() {
        return store.persistent();
    }

    @Override
    public boolean isOpen() {
        return store.isOpen();
    }

    @Override
    public <R> QueryResult<R> query(Query<R> query, PositionBound positionBound, QueryConfig config) {
        return store.query(query, positionBound, config);
    }

    @Override
    public Position getPosition() {
        return store.getPosition();
    }
}
