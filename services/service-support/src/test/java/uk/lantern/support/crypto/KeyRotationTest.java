package uk.lantern.support.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The rotation procedure of service-support's README, step by step, against the embedded Mongo store: a key is
 * added as primary, every stored value is re-encrypted under it, the old key is retired — and afterwards every
 * record still reads, while a value still under the retired key is reported, not lost in silence.
 */
class KeyRotationTest {

    record Item(String code, String reason) {
    }

    record Thing(String notes, List<Item> items) {
    }

    @org.springframework.data.mongodb.core.mapping.Document("things")
    record ThingDocument(@Id String id, long version, Thing thing) {
    }

    private static final List<String> PATHS = List.of("thing.notes", "thing.items[].reason");

    private static MongoServer server;
    private static MongoClient client;
    private static MongoTemplate mongo;

    @BeforeAll
    static void store() {
        server = new MongoServer(new MemoryBackend());
        String uri = "mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", "");
        client = MongoClients.create(uri);
        mongo = new MongoTemplate(client, "rotation");
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdownNow();
    }

    private static SensitiveDocuments documents(FieldCipher cipher) {
        return new SensitiveDocuments(mongo, new SensitiveFields("things", PATHS, cipher));
    }

    private static ThingDocument thing(String id, long version, String notes, String reason) {
        return new ThingDocument(id, version, new Thing(notes, List.of(new Item("A", reason), new Item("B", null))));
    }

    private static Document raw(String id) {
        return mongo.findById(id, Document.class, "things");
    }

    @Test
    void aKeyIsAddedAsPrimaryEveryValueIsReEncryptedAndTheOldKeyRetiredWithoutLosingARecord() throws Exception {
        mongo.dropCollection("things");
        // 0. Before encryption: a record written in plain text.
        mongo.insert(new Document("_id", "legacy").append("version", 4L).append("thing",
                new Document("notes", "told us about the flat on Lincoln Road")
                        .append("items", List.of(new Document("code", "A").append("reason", "legacy reason")))), "things");

        // 1. Key A is the only key: writes are sealed under A, and the plain record is still read.
        String keysetA = FieldKeys.generate();
        FieldCipher a = FieldCipher.fromJsonKeyset(keysetA);
        documents(a).insert(thing("one", 0, "disclosed an older boyfriend", "declined: spoke to police"));
        assertThat(raw("one").toJson()).doesNotContain("boyfriend").doesNotContain("spoke to police");
        assertThat(FieldCipher.keyId(raw("one").get("thing", Document.class).get("notes", Document.class)))
                .isEqualTo(a.primaryKeyId());
        assertThat(documents(a).findById("legacy", ThingDocument.class).orElseThrow().thing().notes())
                .isEqualTo("told us about the flat on Lincoln Road");

        // 2. Key B added and made primary: new writes use B, values under A still open.
        String keysetAB = FieldKeys.addPrimary(keysetA);
        FieldCipher ab = FieldCipher.fromJsonKeyset(keysetAB);
        assertThat(ab.primaryKeyId()).isNotEqualTo(a.primaryKeyId());
        assertThat(ab.keyIds()).containsExactlyInAnyOrder(a.primaryKeyId(), ab.primaryKeyId());
        documents(ab).insert(thing("two", 0, "second note", "second reason"));
        assertThat(FieldCipher.keyId(raw("two").get("thing", Document.class).get("notes", Document.class)))
                .isEqualTo(ab.primaryKeyId());
        assertThat(documents(ab).findById("one", ThingDocument.class).orElseThrow().thing().notes())
                .isEqualTo("disclosed an older boyfriend");

        // 3. Re-encryption under B: the plain record and the A record are rewritten, B's left alone; version unchanged.
        ReEncryption reEncryption = new ReEncryption(mongo, 2); // pages of 2: the paging is exercised
        ReEncryption.Report first = reEncryption.run(new SensitiveFields("things", PATHS, ab));
        assertThat(first.documentsRead()).isEqualTo(3);
        assertThat(first.documentsRewritten()).isEqualTo(2);
        assertThat(first.valuesRewritten()).isEqualTo(4);
        assertThat(first.plaintextBefore()).isEqualTo(2);
        assertThat(first.valuesByKeyBefore()).containsEntry(a.primaryKeyId(), 2L).containsEntry(ab.primaryKeyId(), 2L);
        assertThat(first.complete()).isTrue();
        assertThat(raw("legacy").toJson()).doesNotContain("Lincoln Road");
        assertThat(raw("legacy").getLong("version")).isEqualTo(4L);
        for (String id : List.of("legacy", "one", "two")) {
            Document thing = raw(id).get("thing", Document.class);
            assertThat(FieldCipher.keyId(thing.get("notes", Document.class))).isEqualTo(ab.primaryKeyId());
        }
        // ...idempotent: a second run has nothing left to do
        ReEncryption.Report second = reEncryption.run(new SensitiveFields("things", PATHS, ab));
        assertThat(second.valuesRewritten()).isZero();
        assertThat(second.valuesByKeyBefore()).containsOnlyKeys(ab.primaryKeyId());

        // 4. Key A retired: every record still reads.
        String keysetB = FieldKeys.retire(keysetAB, a.primaryKeyId());
        FieldCipher b = FieldCipher.fromJsonKeyset(keysetB);
        assertThat(b.keyIds()).containsExactly(ab.primaryKeyId());
        assertThat(documents(b).find(query(where("_id").exists(true)), ThingDocument.class))
                .extracting(d -> d.thing().notes())
                .containsExactlyInAnyOrder("told us about the flat on Lincoln Road", "disclosed an older boyfriend",
                        "second note");

        // 5. A record still under the retired key (say, restored from a backup taken before step 3) is reported by
        //    the command and refused on reading — never read as empty.
        documents(a).insert(thing("restored", 0, "restored note", "restored reason"));
        ReEncryption.Report after = reEncryption.run(new SensitiveFields("things", PATHS, b));
        assertThat(after.complete()).isFalse();
        assertThat(after.unreadable()).hasSize(2)
                .allSatisfy(u -> assertThat(u).startsWith("things/restored/thing.")
                        .contains("key " + Integer.toUnsignedString(a.primaryKeyId())));
        assertThat(raw("restored").get("thing", Document.class).get("notes", Document.class)).isNotNull();
        assertThatThrownBy(() -> documents(b).findById("restored", ThingDocument.class))
                .isInstanceOf(UnreadableSensitiveText.class)
                .hasMessageContaining("things/restored/thing.notes");
    }

    @Test
    void aSealedValueMovedToAnotherRecordOrFieldDoesNotOpen() throws Exception {
        mongo.dropCollection("things");
        FieldCipher cipher = FieldCipher.fromJsonKeyset(FieldKeys.generate());
        documents(cipher).insert(thing("x", 0, "x's disclosure", "x's reason"));
        documents(cipher).insert(thing("y", 0, "y's note", "y's reason"));
        Object sealed = raw("x").get("thing", Document.class).get("notes");
        mongo.updateFirst(query(where("_id").is("y")), new Update().set("thing.notes", sealed), "things");
        assertThatThrownBy(() -> documents(cipher).findById("y", ThingDocument.class))
                .isInstanceOf(UnreadableSensitiveText.class).hasMessageContaining("things/y/thing.notes");
        Object reason = raw("x").get("thing", Document.class).getList("items", Document.class).get(0).get("reason");
        mongo.updateFirst(query(where("_id").is("x")), new Update().set("thing.notes", reason), "things");
        assertThatThrownBy(() -> documents(cipher).findById("x", ThingDocument.class))
                .isInstanceOf(UnreadableSensitiveText.class);
    }

    @Test
    void aServiceWithoutAKeysetIsToldWhatToSet() {
        assertThatThrownBy(() -> FieldCipher.fromJsonKeyset(" "))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("lantern.encryption.keyset").hasMessageContaining("LANTERN_ENCRYPTION_KEYSET");
        assertThatThrownBy(() -> FieldCipher.fromJsonKeyset("{\"primaryKeyId\": 1}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a usable Tink JSON keyset");
    }

    @Test
    void theRetiringOfThePrimaryKeyIsRefused() throws Exception {
        String keyset = FieldKeys.generate();
        int primary = FieldCipher.fromJsonKeyset(keyset).primaryKeyId();
        assertThatThrownBy(() -> FieldKeys.retire(keyset, primary)).hasMessageContaining("is the primary");
    }
}
