package uk.lantern.correlation.stream.identityindex;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;
import uk.lantern.correlation.identity.IdentityIndex;
import uk.lantern.correlation.identity.IdentityLink;
import uk.lantern.correlation.identity.PersonRecord;
import uk.lantern.correlation.stream.cache.LeastRecentlyUsed;

/**
 * The identity index in Kafka Streams key-value stores, one store per lookup, changelogged so that a restart or a
 * move of the task restores it. Caching is off: the resolver reads back what it wrote for the same record. One
 * instance per task; not thread-safe, as the task is not.
 *
 * <p>The person records last read or written are also kept decoded ({@link #CACHED_RECORDS} of them): a record is
 * compared with every new record that shares a blocking key with it, and decoding it from JSON each time was a
 * tenth of the identity stage. A record id names fixed details (its fingerprint is part of the id), so a cached
 * record never goes stale; the cache belongs to this instance, made afresh each time the task starts, so a task
 * restored after a crash never sees what was rolled back.
 */
public final class StoreIdentityIndex implements IdentityIndex {
    /** Record id → person record (JSON). */
    public static final String RECORDS = "identity-records";
    /** Blocking key → the record ids filed under it, in arrival order. */
    public static final String BLOCKS = "identity-blocks";
    /** Record id → child id. */
    public static final String CHILD_OF = "identity-child-of";
    /** Child id → its record ids. */
    public static final String MEMBERS = "identity-members";
    /** Record pair (the two ids in order) → the link between them (JSON). */
    public static final String LINKS = "identity-links";
    /** Record id → the records it has a link with, so {@link #linksOf} finds the links from either end. */
    public static final String LINKED_RECORDS = "identity-linked-records";
    /** Record pair (the two ids in order) → {@value #REJECTED}, for each pair a reviewer kept apart. */
    public static final String REJECTIONS = "identity-rejections";
    /** Record → the records it was put to review with or rejected against (both ways round). */
    public static final String REVIEWED_WITH = "identity-reviewed-with";

    static final String REJECTED = "rejected";
    /** How many decoded person records are kept (a few hundred bytes each). */
    static final int CACHED_RECORDS = 50_000;

    private final KeyValueStore<String, PersonRecord> records;
    private final KeyValueStore<String, String> blocks;
    private final KeyValueStore<String, String> childOf;
    private final KeyValueStore<String, String> members;
    private final KeyValueStore<String, IdentityLink> links;
    private final KeyValueStore<String, String> linkedRecords;
    private final KeyValueStore<String, String> rejections;
    private final KeyValueStore<String, String> reviewedWith;
    private final Map<String, PersonRecord> decoded = LeastRecentlyUsed.map(CACHED_RECORDS);

    private StoreIdentityIndex(KeyValueStore<String, PersonRecord> records, KeyValueStore<String, String> blocks,
                               KeyValueStore<String, String> childOf, KeyValueStore<String, String> members,
                               KeyValueStore<String, IdentityLink> links,
                               KeyValueStore<String, String> linkedRecords,
                               KeyValueStore<String, String> rejections,
                               KeyValueStore<String, String> reviewedWith) {
        this.records = records;
        this.blocks = blocks;
        this.childOf = childOf;
        this.members = members;
        this.links = links;
        this.linkedRecords = linkedRecords;
        this.rejections = rejections;
        this.reviewedWith = reviewedWith;
    }

    /** The index over the stores of the processor's task; the processor must be connected to every store. */
    public static StoreIdentityIndex from(ProcessorContext<?, ?> context) {
        return new StoreIdentityIndex(store(context, RECORDS), store(context, BLOCKS), store(context, CHILD_OF),
                store(context, MEMBERS), store(context, LINKS), store(context, LINKED_RECORDS),
                store(context, REJECTIONS), store(context, REVIEWED_WITH));
    }

    /** Persistent (RocksDB) stores, changelogged, not cached: for production. */
    public static List<StoreBuilder<?>> storeBuilders() {
        return builders(Stores::persistentKeyValueStore);
    }

    /** In-memory stores, changelogged, not cached: for tests and benchmarks. */
    public static List<StoreBuilder<?>> inMemoryStoreBuilders() {
        return builders(Stores::inMemoryKeyValueStore);
    }

    /** Every store name, in a fixed order. */
    public static List<String> storeNames() {
        return List.copyOf(valueSerdes().keySet());
    }

    /** The value serde of each store; every key is a string. */
    static Map<String, Serde<?>> valueSerdes() {
        Map<String, Serde<?>> serdes = new LinkedHashMap<>();
        serdes.put(RECORDS, IdentityIndexSerdes.personRecord());
        serdes.put(BLOCKS, Serdes.String());
        serdes.put(CHILD_OF, Serdes.String());
        serdes.put(MEMBERS, Serdes.String());
        serdes.put(LINKS, IdentityIndexSerdes.identityLink());
        serdes.put(LINKED_RECORDS, Serdes.String());
        serdes.put(REJECTIONS, Serdes.String());
        serdes.put(REVIEWED_WITH, Serdes.String());
        return serdes;
    }

    private static List<StoreBuilder<?>> builders(Function<String, KeyValueBytesStoreSupplier> supplier) {
        List<StoreBuilder<?>> builders = new ArrayList<>();
        valueSerdes().forEach((name, values) -> builders.add(
                Stores.keyValueStoreBuilder(supplier.apply(name), Serdes.String(), values)
                        .withLoggingEnabled(Map.of())
                        .withCachingDisabled()));
        return List.copyOf(builders);
    }

    private static <S extends StateStore> S store(ProcessorContext<?, ?> context, String name) {
        S store = context.getStateStore(name);
        return Objects.requireNonNull(store, () -> "state store " + name
                + " is missing: add StoreIdentityIndex.storeBuilders() and connect them to the processor");
    }

    @Override
    public void putRecord(PersonRecord record) {
        records.put(IdSets.checked(record.recordId()), record);
        decoded.put(record.recordId(), record);
    }

    @Override
    public Optional<PersonRecord> record(String recordId) {
        PersonRecord record = decoded.get(recordId);
        if (record == null) {
            record = records.get(recordId);
            if (record != null) {
                decoded.put(recordId, record);
            }
        }
        return Optional.ofNullable(record);
    }

    @Override
    public void removeRecord(String recordId) {
        records.delete(recordId);
        decoded.remove(recordId);
    }

    @Override
    public void addToBlock(String blockingKey, String recordId) {
        add(blocks, blockingKey, recordId);
    }

    @Override
    public Set<String> block(String blockingKey) {
        return IdSets.decode(blocks.get(blockingKey));
    }

    @Override
    public void removeFromBlock(String blockingKey, String recordId) {
        remove(blocks, blockingKey, recordId);
    }

    @Override
    public Optional<String> childOf(String recordId) {
        return Optional.ofNullable(childOf.get(recordId));
    }

    /** Moves the record to the end of its new child's members, as {@code InMemoryIdentityIndex} does. */
    @Override
    public void assign(String recordId, String childId) {
        IdSets.checked(recordId);
        String previous = childOf.get(recordId);
        childOf.put(recordId, IdSets.checked(childId));
        if (previous != null) {
            remove(members, previous, recordId);
        }
        add(members, childId, recordId);
    }

    @Override
    public void unassign(String recordId) {
        String previous = childOf.get(recordId);
        if (previous != null) {
            childOf.delete(recordId);
            remove(members, previous, recordId);
        }
    }

    @Override
    public Set<String> members(String childId) {
        return IdSets.decode(members.get(childId));
    }

    @Override
    public void putLink(IdentityLink link) {
        String a = IdSets.checked(link.recordA());
        String b = IdSets.checked(link.recordB());
        links.put(IdSets.pair(a, b), link);
        add(linkedRecords, a, b);
        add(linkedRecords, b, a);
    }

    @Override
    public void removeLink(String recordA, String recordB) {
        remove(linkedRecords, recordA, recordB);
        remove(linkedRecords, recordB, recordA);
        links.delete(IdSets.pair(recordA, recordB));
    }

    @Override
    public Collection<IdentityLink> linksOf(String recordId) {
        List<IdentityLink> found = new ArrayList<>();
        for (String other : IdSets.decode(linkedRecords.get(recordId))) {
            IdentityLink link = links.get(IdSets.pair(recordId, other));
            if (link == null) {
                throw new IllegalStateException("no link between " + recordId + " and " + other + " in " + LINKS);
            }
            found.add(link);
        }
        return List.copyOf(found);
    }

    @Override
    public void reject(String recordA, String recordB) {
        rejections.put(IdSets.pair(IdSets.checked(recordA), IdSets.checked(recordB)), REJECTED);
        putToReview(recordA, recordB);
    }

    @Override
    public void unreject(String recordA, String recordB) {
        rejections.delete(IdSets.pair(recordA, recordB));
    }

    @Override
    public boolean rejected(String recordA, String recordB) {
        return rejections.get(IdSets.pair(recordA, recordB)) != null;
    }

    @Override
    public void putToReview(String recordA, String recordB) {
        add(reviewedWith, IdSets.checked(recordA), IdSets.checked(recordB));
        add(reviewedWith, recordB, recordA);
    }

    @Override
    public Set<String> reviewedWith(String recordId) {
        return IdSets.decode(reviewedWith.get(recordId));
    }

    @Override
    public void unreview(String recordA, String recordB) {
        remove(reviewedWith, recordA, recordB);
        remove(reviewedWith, recordB, recordA);
    }

    private static void add(KeyValueStore<String, String> store, String key, String id) {
        String current = store.get(key);
        String updated = IdSets.with(current, id);
        if (!updated.equals(current)) {
            store.put(key, updated);
        }
    }

    private static void remove(KeyValueStore<String, String> store, String key, String id) {
        String current = store.get(key);
        String updated = IdSets.without(current, id);
        if (updated == null) {
            if (current != null) {
                store.delete(key);
            }
        } else if (!updated.equals(current)) {
            store.put(key, updated);
        }
    }
}
