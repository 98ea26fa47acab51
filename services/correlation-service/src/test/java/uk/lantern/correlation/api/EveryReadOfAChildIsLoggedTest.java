package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.CorrelationApplication;
import uk.lantern.correlation.projection.ProfileProjection;
import uk.lantern.correlation.projection.ReviewProjection;
import uk.lantern.support.accesslog.AccessLog;
import uk.lantern.support.accesslog.AccessLogVerifier;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.ServiceRun;

/**
 * The correlation service's access log, end to end with real sign-ins: reading a child's joined-up profile, searching
 * by an identifier and unlinking a record each leave an entry a manager finds by any of the child's references; a
 * read or a decision the log cannot record is refused. The profile is put in the projection the stream keeps, so the
 * test needs no events.
 */
class EveryReadOfAChildIsLoggedTest {

    private static ServiceRun service;
    private static MongoCollection<Document> log;
    private static MongoTemplate mongo;

    @BeforeAll
    static void start() throws Exception {
        service = ServiceRun.start(CorrelationApplication.class, EmbeddedInfra.broker().bootstrapServers(),
                EmbeddedInfra.mongo().connectionString() + "/correlation-access-log-" + UUID.randomUUID(),
                "--lantern.correlation.analyst-key=" + Base64.getEncoder().encodeToString(new byte[32]),
                "--lantern.correlation.state-dir=" + Files.createTempDirectory("correlation-access-log"),
                "--lantern.correlation.instance-id=access-log-test");
        mongo = service.context().getBean(MongoTemplate.class);
        log = mongo.getCollection(AccessLog.COLLECTION);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static Api as(String person) {
        return service.api().as(person);
    }

    /** A child as the profile projection holds it: one record, one NHS number. */
    private static String[] aChild() {
        String childId = "child-" + UUID.randomUUID();
        String record = "missing-episode:" + UUID.randomUUID();
        String nhs = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_000_000_000L));
        mongo.getCollection(ProfileProjection.COLLECTION).insertOne(new Document("_id", childId)
                .append("childId", childId).append("version", 1L).append("records", List.of(record))
                .append("identifiers", List.of(new Document("kind", "NHS").append("value", nhs)
                        .append("source", "missing-episode"))));
        return new String[] {childId, record, nhs};
    }

    @Test
    void a_profile_read_is_found_by_the_child_id_the_nhs_number_and_the_record() {
        String[] child = aChild();

        Api.Response read = as("coordinator").withHeaders("Lantern-Purpose", "Strategy discussion")
                .get("/children/" + child[0]);
        assertThat(read.status()).isEqualTo(200);

        for (String reference : child) {
            Api.Response who = as("manager").get("/access-log?child=" + reference);
            assertThat(who.status()).isEqualTo(200);
            JsonNode entry = who.body().get(0);
            assertThat(entry.get("who").get("subject").asString()).as(reference).isEqualTo("coordinator");
            assertThat(entry.get("operation").asString()).isEqualTo("GET /children/{childId}");
            assertThat(entry.get("purpose").asString()).isEqualTo("Strategy discussion");
        }
        assertThat(as("mace").get("/access-log?child=" + child[0]).status()).isEqualTo(403);
    }

    @Test
    void why_a_childs_records_were_linked_is_read_with_a_purpose_and_logged_and_refused_without_a_reason() {
        String[] child = aChild();

        Api.Response read = as("mace").withHeaders("Lantern-Purpose", "MACE preparation")
                .get("/children/" + child[0] + "/identity");
        assertThat(read.status()).as(read.body().toString()).isEqualTo(200);
        assertThat(read.body().path("records").get(0).path("recordId").asString()).isEqualTo(child[1]);
        assertThat(read.body().path("records").get(0).path("why").asString())
                .isEqualTo("The only record of this child.");

        Document entry = log.find(Filters.and(Filters.eq("children", child[0]),
                Filters.eq("operation", "GET /children/{childId}/identity"))).first();
        assertThat(entry).isNotNull();
        assertThat(entry.getString("purpose")).isEqualTo("MACE preparation");
        assertThat(entry.get("actor", Document.class).getString("subject")).isEqualTo("mace");
        assertThat(as("analyst").get("/children/" + child[0] + "/identity").status()).isEqualTo(403);
        assertThat(as("recorder").get("/children/" + child[0] + "/identity").status())
                .as("break glass without a reason").isEqualTo(403);
        assertThat(as("coordinator").get("/children/child-unknown/identity").status()).isEqualTo(404);
    }

    @Test
    void a_search_by_identifier_names_the_identifier_and_the_children_found() {
        String[] child = aChild();

        assertThat(as("mace").get("/children?identifier=nhs:" + child[2]).status()).isEqualTo(200);

        Document entry = log.find(Filters.and(Filters.eq("children", child[0]),
                Filters.eq("action", "SEARCH_BY_IDENTIFIER"))).first();
        assertThat(entry.getList("children", String.class)).contains("nhs:" + child[2], child[2]);
        assertThat(entry.get("actor", Document.class).getString("subject")).isEqualTo("mace");
    }

    @Test
    void an_unlink_is_logged_before_it_is_decided_and_refused_when_the_log_cannot_be_written() {
        String[] child = aChild();
        String recordA = child[1];
        String recordB = "cme-register:" + UUID.randomUUID();
        MongoCollection<Document> resolutions = mongo.getCollection(ReviewProjection.RESOLUTIONS);
        resolutions.insertOne(new Document("_id", recordA).append("childId", child[0]));
        resolutions.insertOne(new Document("_id", recordB).append("childId", child[0]));

        Api.Response unlinked = as("coordinator").post("/records/" + recordA + "/unlink",
                "{\"reason\":\"Two children with the same name\"}");
        assertThat(unlinked.status()).as(unlinked.body().toString()).isEqualTo(202);
        Document entry = log.find(Filters.and(Filters.eq("records", recordA), Filters.eq("action", "UNLINK"))).first();
        assertThat(entry.getString("operation")).isEqualTo("POST /records/{recordId}/unlink");

        refuseWrites();
        try {
            assertThat(as("coordinator").get("/children/" + child[0]).status()).isEqualTo(503);
            Api.Response refused = as("coordinator").post("/records/" + recordB + "/unlink",
                    "{\"reason\":\"Two children with the same name\"}");
            assertThat(refused.status()).isEqualTo(503);
            assertThat(resolutions.find(Filters.eq("_id", recordB)).first().get("pendingDecisionId"))
                    .as("no decision was sent").isNull();
        } finally {
            log.deleteOne(Filters.eq("_id", -1L));
            log.dropIndex(Indexes.ascending("refuse"));
        }
        assertThat(AccessLogVerifier.verify(log).intact()).isTrue();
    }

    private static void refuseWrites() {
        for (Document entry : log.find().into(new ArrayList<>())) {
            log.updateOne(Filters.eq("_id", entry.get("_id")), Updates.set("refuse", entry.get("_id")));
        }
        log.createIndex(Indexes.ascending("refuse"), new IndexOptions().unique(true));
        log.insertOne(new Document("_id", -1L));
    }
}
