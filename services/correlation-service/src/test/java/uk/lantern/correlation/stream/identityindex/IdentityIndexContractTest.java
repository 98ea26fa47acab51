package uk.lantern.correlation.stream.identityindex;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.correlation.identity.IdentityIndex;
import uk.lantern.correlation.identity.InMemoryIdentityIndex;

/** The same contract on the plain-map index and on the store index, over in-memory and RocksDB stores. */
class IdentityIndexContractTest {

    @Nested
    class InMemoryIdentityIndexKeeps extends IdentityIndexContract {
        private final IdentityIndex index = new InMemoryIdentityIndex();

        @Override
        protected IdentityIndex index() {
            return index;
        }
    }

    @Nested
    class StoreIdentityIndexOverInMemoryStoresKeeps extends IdentityIndexContract {
        private MockStores stores;
        private IdentityIndex index;

        @BeforeEach
        void open() {
            stores = MockStores.inMemory();
            index = stores.index();
        }

        @AfterEach
        void close() {
            stores.close();
        }

        @Override
        protected IdentityIndex index() {
            return index;
        }
    }

    @Nested
    class StoreIdentityIndexOverRocksDbStoresKeeps extends IdentityIndexContract {
        @TempDir
        Path stateDir;
        private MockStores stores;
        private IdentityIndex index;

        @BeforeEach
        void open() {
            stores = MockStores.rocksDb(stateDir);
            index = stores.index();
        }

        @AfterEach
        void close() {
            stores.close();
        }

        @Override
        protected IdentityIndex index() {
            return index;
        }
    }
}
