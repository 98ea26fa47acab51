package uk.lantern.correlation.stream.identityindex;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.StoreBuilder;

/**
 * The index's stores built and initialised in a {@link MockProcessorContext}, without a topology. The mock context
 * cannot changelog, so logging is turned off here; the changelog is tested in a TopologyTestDriver.
 */
final class MockStores implements AutoCloseable {
    private final MockProcessorContext<Void, Void> context;
    private final List<StateStore> stores = new ArrayList<>();

    private MockStores(MockProcessorContext<Void, Void> context, List<StoreBuilder<?>> builders) {
        this.context = context;
        for (StoreBuilder<?> builder : builders) {
            StateStore store = builder.withLoggingDisabled().build();
            store.init(context.getStateStoreContext(), store);
            context.addStateStore(store);
            stores.add(store);
        }
    }

    static MockStores inMemory() {
        return new MockStores(new MockProcessorContext<>(), StoreIdentityIndex.inMemoryStoreBuilders());
    }

    static MockStores rocksDb(Path stateDir) {
        Properties config = new Properties();
        config.put(StreamsConfig.APPLICATION_ID_CONFIG, "identity-index-test");
        config.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9");
        return new MockStores(new MockProcessorContext<>(config, new TaskId(0, 0), stateDir.toFile()),
                StoreIdentityIndex.storeBuilders());
    }

    StoreIdentityIndex index() {
        return StoreIdentityIndex.from(context);
    }

    List<StateStore> stores() {
        return stores;
    }

    @Override
    public void close() {
        stores.forEach(StateStore::close);
    }
}
