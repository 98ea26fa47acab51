package uk.lantern.support.accesslog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * The chain against the real MongoDB-wire store: appends from many threads and two instances of a service never fork
 * or leave a gap, and every kind of tampering is found at the first entry it touched.
 */
class AccessLogChainTest {

    private static MongoClient client;

    @BeforeAll
    static void connect() {
        client = MongoClients.create(EmbeddedInfra.mongo().connectionString());
    }

    @AfterAll
    static void disconnect() {
        client.close();
    }

    private static MongoCollection<Document> freshLog() {
        return client.getDatabase("chain-" + UUID.randomUUID()).getCollection(AccessLog.COLLECTION);
    }

    private static AccessLog log(MongoCollection<Document> collection) {
        return new AccessLog(collection, Clock.systemUTC(), AccessLogSettings.defaults(), new SimpleMeterRegistry());
    }

    static AccessLogEntry.Draft read(String child, String by) {
        return new AccessLogEntry.Draft(new AccessLogEntry.Who(by, "Name of " + by, "eastshire-council",
                List.of("missing-coordinator")), AccessAction.READ_RECORD, "GET /children/{childId}", List.of(child),
                null, List.of(child, "nhs:9434765919", "9434765919"), "127.0.0.1", "Strategy meeting tomorrow", true,
                null, null, null);
    }

    private static MongoCollection<Document> logOf(int entries) {
        MongoCollection<Document> collection = freshLog();
        AccessLog log = log(collection);
        for (int i = 1; i <= entries; i++) {
            log.append(read("child-" + i, "coordinator"));
        }
        return collection;
    }

    @Test
    void a_log_of_many_entries_verifies_and_reports_its_count_and_last_hash() {
        MongoCollection<Document> collection = freshLog();
        AccessLog log = log(collection);
        AccessLogEntry last = null;
        for (int i = 1; i <= 200; i++) {
            last = log.append(read("child-" + i, "coordinator"));
        }

        AccessLogVerifier.Verification verification = AccessLogVerifier.verify(collection);

        assertThat(verification.intact()).isTrue();
        assertThat(verification.entries()).isEqualTo(200);
        assertThat(verification.lastHash()).isEqualTo(last.hash());
        assertThat(last.sequence()).isEqualTo(200);
        assertThat(AccessLogEntry.fromDocument(collection.find(Filters.eq("_id", 1L)).first()).previousHash())
                .isEqualTo(AccessLogEntry.GENESIS);
    }

    @Test
    void appends_from_many_threads_and_two_instances_of_a_service_make_one_chain_without_fork_or_gap()
            throws Exception {
        MongoCollection<Document> collection = freshLog();
        // two instances of a service: each its own AccessLog (own lock, own remembered tail) over the same collection
        List<AccessLog> instances = List.of(log(collection), log(collection));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        List<Future<AccessLogEntry>> appends = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            AccessLog instance = instances.get(i % 2);
            String child = "child-" + i;
            appends.add(threads.submit(() -> instance.append(read(child, "coordinator"))));
        }
        Set<Long> sequences = new java.util.HashSet<>();
        for (Future<AccessLogEntry> append : appends) {
            sequences.add(append.get(60, TimeUnit.SECONDS).sequence());
        }
        threads.shutdown();

        assertThat(sequences).hasSize(400);
        assertThat(collection.countDocuments()).isEqualTo(400);
        AccessLogVerifier.Verification verification = AccessLogVerifier.verify(collection);
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.entries()).isEqualTo(400);
    }

    @Test
    void an_altered_field_is_found_at_the_entry_altered() {
        MongoCollection<Document> collection = logOf(20);

        collection.updateOne(Filters.eq("_id", 7L), Updates.set("actor.subject", "somebody-else"));

        AccessLogVerifier.Verification verification = AccessLogVerifier.verify(collection);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBad()).isEqualTo(7);
        assertThat(verification.entries()).isEqualTo(6);
        assertThat(verification.problem()).contains("entry 7 was altered");
    }

    @Test
    void an_entry_altered_and_rehashed_is_found_by_the_entry_after_it() {
        MongoCollection<Document> collection = logOf(20);
        AccessLogEntry seventh = AccessLogEntry.fromDocument(collection.find(Filters.eq("_id", 7L)).first());
        AccessLogEntry forged = new AccessLogEntry.Draft(seventh.actor(), seventh.action(), seventh.operation(),
                seventh.records(), seventh.query(), List.of("another-child"), seventh.from(), seventh.purpose(),
                seventh.purposeStated(), null, null, null).chain(7, seventh.at(), seventh.previousHash());

        collection.replaceOne(Filters.eq("_id", 7L), forged.toDocument());

        AccessLogVerifier.Verification verification = AccessLogVerifier.verify(collection);
        assertThat(verification.firstBad()).isEqualTo(7);
        assertThat(verification.problem()).contains("entry 7 was altered and its hash recomputed");
    }

    @Test
    void a_removed_entry_is_named() {
        MongoCollection<Document> collection = logOf(20);

        collection.deleteOne(Filters.eq("_id", 12L));

        AccessLogVerifier.Verification verification = AccessLogVerifier.verify(collection);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.firstBad()).isEqualTo(12);
        assertThat(verification.problem()).contains("entry 12 was removed");
    }

    @Test
    void the_removed_first_entry_is_named() {
        MongoCollection<Document> collection = logOf(5);

        collection.deleteOne(Filters.eq("_id", 1L));

        assertThat(AccessLogVerifier.verify(collection).firstBad()).isEqualTo(1);
    }

    @Test
    void two_entries_swapped_are_found_at_the_first_of_them() {
        MongoCollection<Document> collection = logOf(20);
        Document fifth = collection.find(Filters.eq("_id", 5L)).first();
        Document sixth = collection.find(Filters.eq("_id", 6L)).first();

        collection.replaceOne(Filters.eq("_id", 5L), new Document(sixth).append("_id", 5L));
        collection.replaceOne(Filters.eq("_id", 6L), new Document(fifth).append("_id", 6L));

        AccessLogVerifier.Verification verification = AccessLogVerifier.verify(collection);
        assertThat(verification.firstBad()).isEqualTo(5);
        assertThat(verification.problem()).contains("re-ordered");
    }

    @Test
    void two_entries_swapped_and_renumbered_are_found_at_the_first_of_them() {
        MongoCollection<Document> collection = logOf(20);
        Document fifth = collection.find(Filters.eq("_id", 5L)).first();
        Document sixth = collection.find(Filters.eq("_id", 6L)).first();

        collection.replaceOne(Filters.eq("_id", 5L), new Document(sixth).append("_id", 5L).append("sequence", 5L));
        collection.replaceOne(Filters.eq("_id", 6L), new Document(fifth).append("_id", 6L).append("sequence", 6L));

        assertThat(AccessLogVerifier.verify(collection).firstBad()).isEqualTo(5);
    }

    @Test
    void the_command_names_the_first_bad_entry_of_each_database_and_exits_1() {
        String database = "command-" + UUID.randomUUID();
        MongoCollection<Document> collection = client.getDatabase(database).getCollection(AccessLog.COLLECTION);
        AccessLog log = log(collection);
        for (int i = 1; i <= 10; i++) {
            log.append(read("child-" + i, "coordinator"));
        }
        String intact = "intact-" + UUID.randomUUID();
        log(client.getDatabase(intact).getCollection(AccessLog.COLLECTION)).append(read("child-1", "cme"));
        collection.updateOne(Filters.eq("_id", 4L), Updates.set("purpose", "nothing to see"));

        List<String> out = new ArrayList<>();
        int status = AccessLogVerifier.run(EmbeddedInfra.mongo().connectionString(),
                List.of(intact, database, "no-such-database"), out);

        assertThat(status).isEqualTo(1);
        assertThat(out.get(0)).startsWith(intact + ": intact: 1 entries, last hash ");
        assertThat(out.get(1)).isEqualTo(database + ": BROKEN at entry 4: entry 4 was altered: its contents do not "
                + "match its hash (3 entries before it are intact)");
        assertThat(out.get(2)).isEqualTo("no-such-database: no access log");
    }

    @Test
    void a_log_that_refuses_writes_fails_the_append_and_writes_nothing() {
        MongoCollection<Document> collection = logOf(3);
        AccessLog log = log(collection);
        refuseWrites(collection);

        assertThatThrownBy(() -> log.append(read("child-x", "coordinator")))
                .isInstanceOf(AccessLogUnavailable.class);
        assertThat(collection.countDocuments(Filters.eq("children", "child-x"))).isZero();
    }

    /**
     * Makes the store refuse every new entry, as a full disk or a lost primary would: a unique index on a field no
     * new entry has, which one document already holds as missing (the entries there are given distinct values of it
     * first: a field outside the hashed ones, so the chain still verifies).
     */
    static void refuseWrites(MongoCollection<Document> collection) {
        for (Document entry : collection.find().into(new ArrayList<>())) {
            collection.updateOne(Filters.eq("_id", entry.get("_id")), Updates.set("refuse", entry.get("_id")));
        }
        collection.createIndex(Indexes.ascending("refuse"), new IndexOptions().unique(true));
        collection.insertOne(new Document("_id", -1L));
    }

    static void acceptWrites(MongoCollection<Document> collection) {
        collection.deleteOne(Filters.eq("_id", -1L));
        collection.dropIndex(Indexes.ascending("refuse"));
    }
}
