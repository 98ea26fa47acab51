package uk.lantern.correlation.stream.identityindex;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import uk.lantern.correlation.identity.PersonRecord;

/** The decoded records an index keeps are a cache of its store for its own life, never the truth after it. */
class StoreIdentityIndexRecordCacheTest {

    private static final PersonRecord AMELIA = PersonRecord.builder("police-1").givenName("Amelia")
            .familyName("Jones").dateOfBirth("2010-04-01").sex(PersonRecord.Sex.FEMALE).postcode("PE1 2AB").build();

    @Test
    void a_record_is_read_back_decoded_and_equal_to_what_the_store_holds() {
        try (MockStores stores = MockStores.inMemory()) {
            var index = stores.index();
            index.putRecord(AMELIA);

            assertThat(index.record("police-1")).contains(AMELIA);
            assertThat(stores.index().record("police-1")).as("a new index reads it from the store").contains(AMELIA);
        }
    }

    @Test
    void an_index_made_when_the_task_starts_again_sees_the_store_as_restored_not_what_was_rolled_back() {
        try (MockStores stores = MockStores.inMemory()) {
            var before = stores.index();
            before.putRecord(AMELIA);
            assertThat(before.record("police-1")).isPresent();
            // The transaction that wrote it aborted: the store is restored from the changelog without it.
            recordsStore(stores).delete("police-1");

            assertThat(stores.index().record("police-1")).isEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static KeyValueStore<String, PersonRecord> recordsStore(MockStores stores) {
        return (KeyValueStore<String, PersonRecord>) stores.stores().stream()
                .filter(s -> s.name().equals(StoreIdentityIndex.RECORDS)).findFirst().orElseThrow();
    }
}
