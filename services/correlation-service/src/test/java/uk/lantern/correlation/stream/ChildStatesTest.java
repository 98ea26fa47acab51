package uk.lantern.correlation.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The decoded states are a cache of the store for the life of one processor, never the truth after it. */
class ChildStatesTest {

    private final KeyValueStore<String, ChildState> store = Stores.keyValueStoreBuilder(
                    Stores.inMemoryKeyValueStore(ChildProcessor.STATE), Serdes.String(),
                    InternalJson.serde(ChildState.class))
            .withLoggingDisabled().build();

    ChildStatesTest() {
        var context = new MockProcessorContext<Void, Void>();
        store.init(context.getStateStoreContext(), store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void a_state_written_is_read_back_and_is_in_the_store() {
        var states = new ChildStates(store, 10);
        var state = new ChildState("child-1", 3, List.of(), null, null);

        states.put("child-1", state);

        assertThat(states.get("child-1")).isEqualTo(state);
        assertThat(store.get("child-1")).isEqualTo(state);
        assertThat(states.get("child-2")).isNull();
    }

    @Test
    void the_states_of_a_processor_made_when_the_task_starts_again_are_the_store_as_restored() {
        var before = new ChildStates(store, 10);
        before.put("child-1", new ChildState("child-1", 3, List.of(), null, null));
        // The transaction that wrote it aborted: the store is restored without it.
        store.delete("child-1");

        assertThat(new ChildStates(store, 10).get("child-1")).isNull();
    }

    @Test
    void a_state_pushed_out_of_the_cache_is_read_from_the_store() {
        var states = new ChildStates(store, 1);
        var first = new ChildState("child-1", 1, List.of(), null, null);
        states.put("child-1", first);
        states.put("child-2", new ChildState("child-2", 1, List.of(), null, null));

        assertThat(states.get("child-1")).isEqualTo(first);
    }

    @Test
    void a_write_to_an_undoable_store_can_be_undone_whether_or_not_the_state_it_replaces_was_cached() {
        var undo = new java.util.ArrayList<Runnable>();
        var states = new ChildStates(new UndoableStore<>(store, undo::add), 1);
        var cachedBefore = new ChildState("child-1", 1, List.of(), null, null);
        states.put("child-1", cachedBefore);
        store.put("child-2", new ChildState("child-2", 1, List.of(), null, null)); // in the store, not the cache
        undo.clear();

        states.put("child-1", new ChildState("child-1", 2, List.of(), null, null));
        states.put("child-2", new ChildState("child-2", 2, List.of(), null, null));
        states.put("child-3", new ChildState("child-3", 1, List.of(), null, null));
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }

        assertThat(store.get("child-1")).isEqualTo(cachedBefore);
        assertThat(store.get("child-2").version()).isEqualTo(1);
        assertThat(store.get("child-3")).isNull();
    }
}
