package uk.lantern.missingepisode.episode;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import java.time.Clock;
import java.util.ArrayList;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.missingepisode.MissingEpisodeServiceApplication;
import uk.lantern.missingepisode.support.Reports;
import uk.lantern.support.accesslog.AccessLog;
import uk.lantern.support.accesslog.AccessLogVerifier;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.ServiceRun;

/**
 * The missing-episode service's access log, end to end with real sign-ins: who read which child's episode, and why,
 * is there for a manager to see; a read the log cannot record is refused.
 */
class EveryReadOfAnEpisodeIsLoggedTest {

    static final Reports REPORTS = new Reports(Clock.systemUTC());
    private static ServiceRun service;
    private static MongoCollection<Document> log;

    @BeforeAll
    static void start() {
        service = ServiceRun.start(MissingEpisodeServiceApplication.class, EmbeddedInfra.broker().bootstrapServers(),
                EmbeddedInfra.mongo().connectionString() + "/episodes-access-log-" + UUID.randomUUID());
        log = service.context().getBean(MongoTemplate.class).getCollection(AccessLog.COLLECTION);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    private static Api as(String person) {
        return service.api().as(person);
    }

    private static String report(String laId) {
        Api.Response reported = as("recorder").post("/episodes",
                REPORTS.fromHome(laId, Reports.uniquePoliceReference(), "MEDIUM"));
        assertThat(reported.status()).as(reported.body().toString()).isEqualTo(201);
        return reported.body().get("id").asString();
    }

    @Test
    void a_coordinator_s_read_of_an_episode_is_what_a_manager_sees_when_asking_who_looked_at_the_child() {
        String laId = Reports.uniqueLaId();
        String episode = report(laId);

        Api.Response read = as("coordinator").withHeaders("Lantern-Purpose", "Return interview planning")
                .get("/episodes/" + episode);
        assertThat(read.status()).isEqualTo(200);

        Api.Response who = as("manager").get("/access-log?child=" + laId);
        assertThat(who.status()).isEqualTo(200);
        JsonNode entry = who.body().get(0);
        assertThat(entry.get("who").get("subject").asString()).isEqualTo("coordinator");
        assertThat(entry.get("action").asString()).isEqualTo("READ_RECORD");
        assertThat(entry.get("operation").asString()).isEqualTo("GET /episodes/{id}");
        assertThat(entry.get("purpose").asString()).isEqualTo("Return interview planning");
        assertThat(entry.get("children").toString()).contains(episode, laId);
        // the episode id finds the same access
        assertThat(as("manager").get("/access-log?child=" + episode).body().toString()).contains("coordinator");
        assertThat(as("coordinator").get("/access-log?child=" + laId).status()).isEqualTo(403);
        assertThat(as("recorder").get("/access-log/break-glass").status()).isEqualTo(403);
    }

    @Test
    void a_search_by_identifier_and_the_open_list_are_logged_with_the_children_they_name() {
        String laId = Reports.uniqueLaId();
        report(laId);

        assertThat(as("recorder").get("/episodes?localAuthorityPersonId=" + laId).status()).isEqualTo(200);
        assertThat(as("coordinator").get("/episodes/open?size=500").status()).isEqualTo(200);

        assertThat(log.find(Filters.and(Filters.eq("children", laId), Filters.eq("action", "SEARCH_BY_IDENTIFIER")))
                .first().get("actor", Document.class).getString("subject")).isEqualTo("recorder");
        assertThat(log.find(Filters.and(Filters.eq("children", laId), Filters.eq("action", "READ_LIST")))
                .first().getString("operation")).isEqualTo("GET /episodes/open");
    }

    @Test
    void breaking_the_glass_to_read_an_episode_awaits_a_manager_s_review() {
        String laId = Reports.uniqueLaId();
        String episode = report(laId);
        String reason = "Child disclosed to school staff, checking if currently missing";

        assertThat(as("cme").withHeaders("Lantern-Break-Glass", reason).get("/episodes/" + episode).status())
                .isEqualTo(200);

        Api.Response awaiting = as("manager").get("/access-log/break-glass?reviewed=false");
        assertThat(awaiting.status()).isEqualTo(200);
        assertThat(awaiting.body().toString()).contains(laId, reason, "\"subject\":\"cme\"");
    }

    @Test
    void when_the_log_refuses_writes_the_episode_is_not_shown() {
        String laId = Reports.uniqueLaId();
        String episode = report(laId);
        for (Document entry : log.find().into(new ArrayList<>())) {
            log.updateOne(Filters.eq("_id", entry.get("_id")), Updates.set("refuse", entry.get("_id")));
        }
        log.createIndex(Indexes.ascending("refuse"), new IndexOptions().unique(true));
        log.insertOne(new Document("_id", -1L));
        try {
            Api.Response read = as("coordinator").get("/episodes/" + episode);

            assertThat(read.status()).isEqualTo(503);
            assertThat(read.body().get("type").asString()).endsWith("/access-log-unavailable");
            assertThat(read.body().toString()).doesNotContain(laId);
        } finally {
            log.deleteOne(Filters.eq("_id", -1L));
            log.dropIndex(Indexes.ascending("refuse"));
        }
        assertThat(as("coordinator").get("/episodes/" + episode).status()).isEqualTo(200);
        assertThat(AccessLogVerifier.verify(log).intact()).isTrue();
    }
}
