package uk.lantern.support.accesslog;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.support.testapp.ChildRecordsApplication;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.ServiceRun;

/**
 * The access log as a service keeps it, with people signed in for real at the test JVM's OpenID provider: every read
 * of a child's record leaves an entry naming the child, the person and the purpose; a manager, and only a manager,
 * asks who looked at a child and which broken glass awaits review; no log, no data.
 */
class AccessLogApiTest {

    private static ServiceRun service;
    private static MongoCollection<Document> records;
    private static MongoCollection<Document> log;

    @BeforeAll
    static void start() {
        service = ServiceRun.start(ChildRecordsApplication.class, EmbeddedInfra.broker().bootstrapServers(),
                EmbeddedInfra.mongo().connectionString() + "/access-log-api");
        MongoTemplate mongo = service.context().getBean(MongoTemplate.class);
        records = mongo.getCollection("records");
        log = mongo.getCollection(AccessLog.COLLECTION);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static String aRecord(String childId, String nhsNumber) {
        String id = "rec-" + UUID.randomUUID();
        records.insertOne(new Document("_id", id).append("childId", childId).append("nhsNumber", nhsNumber)
                .append("note", "seen at the bus station"));
        return id;
    }

    private static Api api() {
        return service.api();
    }

    @Test
    void a_coordinator_reading_a_record_leaves_an_entry_naming_the_child_the_person_and_the_purpose() {
        String child = "child-" + UUID.randomUUID();
        String record = aRecord(child, "9434765919");

        Api.Response read = api().as("coordinator").withHeaders("Lantern-Purpose", "Strategy meeting at 10:00")
                .get("/records/" + record);

        assertThat(read.status()).isEqualTo(200);
        Document entry = log.find(new Document("children", child)).first();
        assertThat(entry).isNotNull();
        assertThat(entry.getString("action")).isEqualTo("READ_RECORD");
        assertThat(entry.getString("operation")).isEqualTo("GET /records/{id}");
        assertThat(entry.getList("records", String.class)).containsExactly(record);
        assertThat(entry.getList("children", String.class)).contains(child, record, "9434765919");
        assertThat(entry.get("actor", Document.class).getString("subject")).isEqualTo("coordinator");
        assertThat(entry.get("actor", Document.class).getList("roles", String.class)).contains("missing-coordinator");
        assertThat(entry.getString("purpose")).isEqualTo("Strategy meeting at 10:00");
        assertThat(entry.getBoolean("purposeStated")).isTrue();
        assertThat(entry.getString("from")).isEqualTo("127.0.0.1");
        assertThat(entry.getString("breakGlass")).isNull();
        assertThat(AccessLogVerifier.verify(log).intact()).isTrue();
    }

    @Test
    void without_a_purpose_header_the_role_s_standing_purpose_is_logged_and_a_search_names_the_identifier() {
        String child = "child-" + UUID.randomUUID();
        aRecord(child, "4010232137");

        assertThat(api().as("coordinator").get("/records?nhsNumber=4010232137").status()).isEqualTo(200);

        Document entry = log.find(new Document("children", child)).sort(new Document("_id", -1)).first();
        assertThat(entry.getString("action")).isEqualTo("SEARCH_BY_IDENTIFIER");
        assertThat(entry.getList("children", String.class)).contains("4010232137");
        assertThat(entry.getString("query")).isEqualTo("nhsNumber=4010232137");
        assertThat(entry.getString("purpose"))
                .isEqualTo("Coordinating the response to children missing from home and care");
        assertThat(entry.getBoolean("purposeStated")).isFalse();
    }

    @Test
    void a_manager_sees_who_looked_at_a_child_and_why_newest_first_and_others_are_refused() {
        String child = "child-" + UUID.randomUUID();
        String record = aRecord(child, null);
        api().as("coordinator").withHeaders("Lantern-Purpose", "First look").get("/records/" + record);
        api().as("coordinator").withHeaders("Lantern-Purpose", "Second look").get("/records/" + record);

        Api.Response answer = api().as("manager").get("/access-log?child=" + child);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).hasSize(2);
        JsonNode newest = answer.body().get(0);
        assertThat(newest.get("purpose").asString()).isEqualTo("Second look");
        assertThat(newest.get("who").get("subject").asString()).isEqualTo("coordinator");
        assertThat(newest.get("operation").asString()).isEqualTo("GET /records/{id}");
        assertThat(newest.get("at").asString()).isNotBlank();
        assertThat(answer.body().get(1).get("purpose").asString()).isEqualTo("First look");
        // and the manager's question is itself in the log
        Document asked = log.find(new Document("action", "READ_ACCESS_LOG").append("children", child)).first();
        assertThat(asked.get("actor", Document.class).getString("subject")).isEqualTo("manager");

        for (String person : List.of("coordinator", "recorder", "analyst", "admin")) {
            assertThat(api().as(person).get("/access-log?child=" + child).status()).as(person).isEqualTo(403);
            assertThat(api().as(person).get("/access-log/break-glass").status()).as(person).isEqualTo(403);
        }
        assertThat(api().get("/access-log?child=" + child).status()).isEqualTo(401);
    }

    @Test
    void a_break_the_glass_read_is_flagged_until_a_manager_reviews_it() {
        String child = "child-" + UUID.randomUUID();
        String record = aRecord(child, null);
        String reason = "Child found in custody overnight, checking for risks";

        Api.Response read = api().as("recorder").withHeaders("Lantern-Break-Glass", reason).get("/records/" + record);

        assertThat(read.status()).isEqualTo(200);
        Api.Response awaiting = api().as("manager").get("/access-log/break-glass?reviewed=false");
        JsonNode flagged = null;
        for (JsonNode e : awaiting.body()) {
            if (e.get("children").toString().contains(child)) {
                flagged = e;
            }
        }
        assertThat(flagged).as(awaiting.body().toString()).isNotNull();
        assertThat(flagged.get("breakGlass").asString()).isEqualTo(reason);
        assertThat(flagged.get("who").get("subject").asString()).isEqualTo("recorder");
        long sequence = flagged.get("sequence").asLong();

        Api.Response review = api().as("manager").post("/access-log/break-glass/" + sequence + "/review",
                "{\"note\":\"Spoke to the officer: justified\"}");
        assertThat(review.status()).as(review.body().toString()).isEqualTo(201);
        assertThat(review.body().get("reviewOf").asLong()).isEqualTo(sequence);
        assertThat(review.body().get("action").asString()).isEqualTo("BREAK_GLASS_REVIEW");
        assertThat(api().as("manager").post("/access-log/break-glass/" + sequence + "/review",
                "{\"note\":\"again\"}").status()).isEqualTo(409);
        assertThat(api().as("manager").get("/access-log/break-glass?reviewed=false").body().toString())
                .doesNotContain(child);
        assertThat(api().as("manager").get("/access-log/break-glass?reviewed=true").body().toString())
                .contains(child);
        assertThat(api().as("coordinator").post("/access-log/break-glass/" + sequence + "/review",
                "{\"note\":\"x\"}").status()).isEqualTo(403);
    }

    @Test
    void an_unlink_is_logged_before_it_is_carried_out() {
        String record = aRecord("child-" + UUID.randomUUID(), null);

        assertThat(api().as("coordinator").post("/records/" + record + "/unlink", "").status()).isEqualTo(202);

        Document entry = log.find(new Document("action", "UNLINK").append("records", record)).first();
        assertThat(entry).isNotNull();
        assertThat(entry.getString("operation")).isEqualTo("POST /records/{id}/unlink");
    }

    @Test
    void when_the_log_cannot_be_written_the_read_answers_503_and_shows_nothing() {
        String child = "child-" + UUID.randomUUID();
        String record = aRecord(child, null);
        AccessLogChainTest.refuseWrites(log);
        try {
            Api.Response read = api().as("coordinator").get("/records/" + record);
            Api.Response unlink = api().as("coordinator").post("/records/" + record + "/unlink", "");

            assertThat(read.status()).isEqualTo(503);
            assertThat(read.header("Content-Type")).isEqualTo("application/problem+json");
            assertThat(read.body().get("type").asString()).endsWith("/access-log-unavailable");
            assertThat(read.body().toString()).doesNotContain(child).doesNotContain("bus station");
            assertThat(unlink.status()).isEqualTo(503);
            assertThat(records.find(new Document("_id", record)).first().getString("childId")).isNotNull();
        } finally {
            AccessLogChainTest.acceptWrites(log);
        }
        assertThat(api().as("coordinator").get("/records/" + record).status()).isEqualTo(200);
        assertThat(AccessLogVerifier.verify(log).intact()).isTrue();
    }
}
