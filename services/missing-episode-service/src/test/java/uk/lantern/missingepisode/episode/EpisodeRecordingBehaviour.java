package uk.lantern.missingepisode.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.missingepisode.support.Reports;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.missingepisode.RiskRegraded;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AwkwardMoments;
import uk.lantern.testsupport.MutableClock;
import uk.lantern.testsupport.TestClockConfiguration;
import uk.lantern.testsupport.TopicReader;

/**
 * What recorders and coordinators can rely on, through the HTTP API, a real broker and a real MongoDB-wire store.
 * Run once on the embedded broker and store, and again on real Kafka and MongoDB images where Docker exists. The
 * service's clock is the test's: each test starts just after midnight in London in summer, when the UTC date is still
 * the day before, and every time a report carries is a little before that clock's now.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
abstract class EpisodeRecordingBehaviour {

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    Reports reports;

    Api api;
    static TopicReader<MissingEpisodeEvent> topic;

    abstract String bootstrapServers();

    @BeforeAll
    static void noReaderYet() {
        topic = null;
    }

    @AfterAll
    static void closeReader() {
        if (topic != null) {
            topic.close();
        }
    }

    @BeforeEach
    void justAfterMidnightInLondonInSummer() {
        clock.set(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER);
        reports = new Reports(clock);
    }

    @Test
    void a_date_of_birth_must_be_before_today_in_england_by_the_services_clock() {
        // 00:30 on 15 July in London, still 14 July in UTC, and long before the machine's own date
        String bornToday = reports.fromHome(Reports.uniqueLaId(), null, "LOW").replace("2010-04-01", "2026-07-15");
        String bornYesterday = reports.fromHome(Reports.uniqueLaId(), null, "LOW").replace("2010-04-01", "2026-07-14");

        Api.Response today = api().post("/episodes", bornToday);
        Api.Response yesterday = api().post("/episodes", bornYesterday);

        assertThat(today.status()).isEqualTo(400);
        assertThat(today.body().at("/errors/0/field").asString()).isEqualTo("subject.dateOfBirth");
        assertThat(yesterday.status()).as(yesterday.body().toString()).isEqualTo(201);
    }

    TopicReader<MissingEpisodeEvent> topic() {
        if (api == null) {
            api = new Api(port).as("recorder");
        }
        if (topic == null) {
            topic = new TopicReader<>(bootstrapServers(), Topics.MISSING_EPISODES, MissingEpisodeEvent::episodeId);
        }
        return topic;
    }

    Api api() {
        if (api == null) {
            api = new Api(port).as("recorder");
        }
        return api;
    }

    @Test
    void a_reported_episode_is_stored_and_published_under_its_contract_keyed_by_the_child() {
        String laId = Reports.uniqueLaId();

        Api.Response created = api().post("/episodes", reports.fromHome(laId, Reports.uniquePoliceReference(), "MEDIUM"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/episodes/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"0\"");
        assertThat(api().get("/episodes/" + id).body().get("status").asString()).isEqualTo("MISSING");

        List<TopicReader.Event<MissingEpisodeEvent>> events = TopicReader.ofRecord(
                topic().readUntil(TopicReader.containsRecord(id, 1), Duration.ofSeconds(30)), id);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("la:" + laId);
            assertThat(e.envelope().eventType()).isEqualTo("EpisodeReported");
            assertThat(e.envelope().subject().localAuthorityPersonId()).isEqualTo(laId);
            assertThat(((EpisodeReported) e.envelope().data()).context().type().name()).isEqualTo("MISSING_FROM_HOME");
        });
    }

    @Test
    void the_childs_ethnicity_and_allocated_worker_are_stored_read_back_and_published_on_the_topic() {
        String laId = Reports.uniqueLaId();
        String body = reports.fromCare(laId, Reports.uniquePoliceReference())
                .replace("\"familyName\": \"Reed\"", "\"familyName\": \"Reed\", \"ethnicity\": \"MWBC\"")
                .replace("\"lookedAfter\": true}", "\"lookedAfter\": true, "
                        + "\"allocatedWorker\": {\"name\": \"Jo Bright\", \"team\": \" Children in Care 2 \"}}");

        Api.Response created = api().post("/episodes", body);

        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().get("id").asString();
        JsonNode read = api().get("/episodes/" + id).body();
        assertThat(read.at("/subject/ethnicity").asString()).isEqualTo("MWBC");
        assertThat(read.at("/allocatedWorker/name").asString()).isEqualTo("Jo Bright");
        assertThat(read.at("/allocatedWorker/team").asString()).isEqualTo("Children in Care 2");
        assertThat(api().post("/episodes/" + id + "/return", reports.returned(), "If-Match", "\"0\"").status())
                .isEqualTo(200);

        List<TopicReader.Event<MissingEpisodeEvent>> events = TopicReader.ofRecord(
                topic().readUntil(TopicReader.containsRecord(id, 3), Duration.ofSeconds(30)), id);
        // a looked-after child missing from care: reported, need-to-know raised, returned
        assertThat(events).extracting(e -> e.envelope().eventType())
                .containsExactly("EpisodeReported", "NeedToKnowRaised", "ChildReturned");
        assertThat(events).allSatisfy(e ->
                assertThat(e.envelope().subject().ethnicity()).isEqualTo(uk.lantern.schemas.Ethnicity.MWBC));
        assertThat(events.get(0).envelope().data()).isInstanceOfSatisfying(EpisodeReported.class, reported ->
                assertThat(reported.allocatedWorker())
                        .isEqualTo(new uk.lantern.schemas.AllocatedWorker("Jo Bright", "Children in Care 2")));
    }

    @Test
    void a_report_without_ethnicity_or_allocated_worker_is_taken_as_before_and_published_without_them() {
        String laId = Reports.uniqueLaId();

        Api.Response created = api().post("/episodes", reports.fromHome(laId, null, "LOW"));

        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        assertThat(api().get("/episodes/" + id).body().has("allocatedWorker")).isFalse();
        List<TopicReader.Event<MissingEpisodeEvent>> events = TopicReader.ofRecord(
                topic().readUntil(TopicReader.containsRecord(id, 1), Duration.ofSeconds(30)), id);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.envelope().subject().ethnicity()).isNull();
            assertThat(((EpisodeReported) e.envelope().data()).allocatedWorker()).isNull();
        });
    }

    @Test
    void an_unknown_ethnicity_code_or_an_allocated_worker_without_a_team_is_refused_naming_the_field() {
        String laId = Reports.uniqueLaId();
        Api.Response unknownCode = api().post("/episodes", reports.fromHome(laId, null, "LOW")
                .replace("\"sex\": \"FEMALE\"", "\"sex\": \"FEMALE\", \"ethnicity\": \"BRITISH\""));
        Api.Response noTeam = api().post("/episodes", reports.fromCare(laId, Reports.uniquePoliceReference())
                .replace("\"lookedAfter\": true}", "\"lookedAfter\": true, \"allocatedWorker\": {\"name\": \"Jo Bright\"}}"));
        Api.Response longTeam = api().post("/episodes", reports.fromCare(laId, Reports.uniquePoliceReference())
                .replace("\"lookedAfter\": true}", "\"lookedAfter\": true, \"allocatedWorker\": {\"team\": \""
                        + "x".repeat(201) + "\"}}"));

        assertThat(unknownCode.status()).isEqualTo(400);
        assertThat(unknownCode.body().at("/errors/0/field").asString()).isEqualTo("subject.ethnicity");
        assertThat(unknownCode.body().at("/errors/0/reason").asString()).contains("WBRI");
        assertThat(noTeam.status()).isEqualTo(400);
        assertThat(noTeam.body().at("/errors/0/field").asString()).isEqualTo("allocatedWorker.team");
        assertThat(longTeam.status()).isEqualTo(400);
        assertThat(longTeam.body().at("/errors/0/field").asString()).isEqualTo("allocatedWorker.team");
        assertThat(ids(api().get("/episodes?localAuthorityPersonId=" + laId))).isEmpty();
    }

    @Test
    void free_text_is_stored_sealed_and_the_api_still_returns_it_as_written() {
        String id = api().post("/episodes", reports.fromHome(Reports.uniqueLaId(), null, "LOW")).body().get("id").asString();
        assertThat(api().post("/episodes/" + id + "/risk-regrades", reports.regrade("HIGH"), "If-Match", "\"0\"").status())
                .isEqualTo(200);

        org.bson.Document stored = mongo.findById(id, org.bson.Document.class, "episodes");
        org.bson.Document episode = stored.get("episode", org.bson.Document.class);
        assertThat(episode.toJson()).doesNotContain("getting into a car").doesNotContain("Queensgate");
        // nor the outbox beside it: RiskRegraded v2 carries no reason (the last-seen place is published, so it may be)
        assertThat(stored.toJson()).doesNotContain("getting into a car");
        assertThat(episode.getList("riskHistory", org.bson.Document.class).get(0).get("reason", org.bson.Document.class)
                .getString("enc")).isEqualTo("tink-aead-v1");
        assertThat(episode.get("lastSeen", org.bson.Document.class).get("place", org.bson.Document.class)
                .getString("enc")).isEqualTo("tink-aead-v1");

        JsonNode read = api().get("/episodes/" + id).body();
        assertThat(read.at("/riskHistory/0/reason").asString()).isEqualTo("Seen getting into a car with an adult");
        assertThat(read.at("/lastSeen/place").asString()).isEqualTo("Queensgate");
    }

    @Test
    void an_episode_is_regraded_returned_and_closed_and_its_events_arrive_in_order_under_one_key() {
        String id = api().post("/episodes", reports.fromHome(Reports.uniqueLaId(), null, "LOW")).body().get("id").asString();

        assertThat(api().post("/episodes/" + id + "/risk-regrades", reports.regrade("HIGH"), "If-Match", "\"0\"").status())
                .isEqualTo(200);
        Api.Response returned = api().post("/episodes/" + id + "/return", reports.returned());
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body().at("/returnDetails/associates/0/vehicleRegistration").asString()).isEqualTo("AB12 CDE");
        Api.Response closed = api().post("/episodes/" + id + "/closure", reports.closure(), "If-Match", "\"2\"");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.header("ETag")).isEqualTo("\"3\"");
        assertThat(closed.body().at("/riskHistory/0/reason").asString()).contains("car");

        List<TopicReader.Event<MissingEpisodeEvent>> events = TopicReader.ofRecord(
                topic().readUntil(TopicReader.containsRecord(id, 5), Duration.ofSeconds(30)), id);
        assertThat(events).extracting(e -> e.envelope().eventType()).containsExactly(
                "EpisodeReported", "RiskRegraded", "NeedToKnowRaised", "ChildReturned", "EpisodeClosed");
        assertThat(events).extracting(TopicReader.Event::key).containsOnly(events.get(0).key());
        assertThat(events.get(1).envelope().schemaVersion()).isEqualTo(2);
        assertThat(events.get(1).envelope().data()).isInstanceOfSatisfying(RiskRegraded.class, r -> {
            assertThat(r.riskGrade()).isEqualTo(RiskGrade.HIGH);
            assertThat(r.reason()).as("the reason stays, encrypted, with the episode").isNull();
        });
        assertThat(events.get(2).envelope().data()).isInstanceOfSatisfying(NeedToKnowRaised.class,
                n -> assertThat(n.reasons()).containsExactly(NeedToKnowRaised.Reason.HIGH_RISK));
        assertThat(events.get(3).envelope().data()).isInstanceOfSatisfying(ChildReturned.class,
                r -> assertThat(r.associates()).extracting(ChildReturned.Associate::knownAdult).containsExactly(true, false));
    }

    @Test
    void a_looked_after_child_away_from_placement_is_reported_with_no_need_to_know_and_counted_apart() {
        String id = api().post("/episodes", reports.awayFromPlacement(Reports.uniqueLaId(), Reports.uniquePoliceReference()))
                .body().get("id").asString();
        assertThat(ids(api().get("/episodes/open?needToKnow=true&size=500"))).doesNotContain(id);
        api().post("/episodes/" + id + "/return", reports.returned());

        // the return's event follows the report's on the same key: a need-to-know event would stand between them
        assertThat(TopicReader.ofRecord(topic().readUntil(TopicReader.containsRecord(id, 2), Duration.ofSeconds(30)), id))
                .extracting(e -> e.envelope().eventType()).containsExactly("EpisodeReported", "ChildReturned");
        assertThat(api().get("/actuator/prometheus").body().asString()).contains(
                "lantern_episodes_reported_total{category=\"AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION\",context=\"MISSING_FROM_CARE\"");
    }

    @Test
    void a_looked_after_child_missing_from_care_is_notified_to_senior_managers_and_listed_until_found() {
        String laId = Reports.uniqueLaId();
        String id = api().post("/episodes", reports.fromCare(laId, Reports.uniquePoliceReference())).body().get("id").asString();

        assertThat(TopicReader.ofRecord(topic().readUntil(TopicReader.containsRecord(id, 2), Duration.ofSeconds(30)), id))
                .extracting(e -> e.envelope().eventType()).containsExactly("EpisodeReported", "NeedToKnowRaised");
        assertThat(ids(api().get("/episodes/open?needToKnow=true&missingNow=true&context=MISSING_FROM_CARE&size=500")))
                .contains(id);

        api().post("/episodes/" + id + "/return", reports.returned());

        assertThat(ids(api().get("/episodes/open?needToKnow=true&missingNow=true&size=500"))).doesNotContain(id);
        assertThat(ids(api().get("/episodes?localAuthorityPersonId=" + laId))).containsExactly(id);
        assertThat(ids(api().get("/episodes?nhsNumber=9434765919"))).contains(id);
    }

    @Test
    void a_repeated_submission_by_police_reference_or_idempotency_key_creates_no_second_episode() {
        String policeReference = Reports.uniquePoliceReference();
        String laId = Reports.uniqueLaId();
        Api.Response first = api().post("/episodes", reports.fromHome(laId, policeReference, "LOW"));
        Api.Response again = api().post("/episodes", reports.fromHome(laId, policeReference, "LOW"));
        String body = reports.fromHome(Reports.uniqueLaId(), null, "LOW");
        Api.Response keyed = api().post("/episodes", body, "Idempotency-Key", "key-" + laId);
        Api.Response keyedAgain = api().post("/episodes", body, "Idempotency-Key", "key-" + laId);

        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("id")).isEqualTo(first.body().get("id"));
        assertThat(keyed.status()).isEqualTo(201);
        assertThat(keyedAgain.status()).isEqualTo(200);
        assertThat(keyedAgain.body().get("id")).isEqualTo(keyed.body().get("id"));
        assertThat(ids(api().get("/episodes?localAuthorityPersonId=" + laId))).hasSize(1);
        String firstId = first.body().get("id").asString();
        topic().readUntil(TopicReader.containsRecord(firstId, 1), Duration.ofSeconds(30));
        String keyedId = keyed.body().get("id").asString();
        List<TopicReader.Event<MissingEpisodeEvent>> all = topic().readUntil(TopicReader.containsRecord(keyedId, 1), Duration.ofSeconds(30));
        assertThat(TopicReader.ofRecord(all, firstId)).hasSize(1);
    }

    @Test
    void an_idempotency_key_reused_for_a_different_report_is_refused() {
        String key = "key-" + Reports.uniqueLaId();
        api().post("/episodes", reports.fromHome(Reports.uniqueLaId(), null, "LOW"), "Idempotency-Key", key);

        Api.Response reused = api().post("/episodes", reports.fromHome(Reports.uniqueLaId(), null, "HIGH"),
                "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.body().at("/errors/0/field").asString()).isEqualTo("Idempotency-Key");
    }

    @Test
    void a_missing_field_gets_a_problem_naming_it_and_nothing_is_written() {
        long before = mongo.getCollection("episodes").countDocuments();
        String noGrade = reports.fromHome(Reports.uniqueLaId(), Reports.uniquePoliceReference(), "LOW")
                .replace("\"riskGrade\": \"LOW\",", "");

        Api.Response refused = api().post("/episodes", noGrade);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("status").asInt()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("riskGrade");
        assertThat(mongo.getCollection("episodes").countDocuments()).isEqualTo(before);
    }

    @Test
    void an_unknown_value_a_broken_rule_and_malformed_json_each_get_a_4xx_problem_naming_the_field() {
        String laId = Reports.uniqueLaId();
        Api.Response unknownContext = api().post("/episodes",
                reports.fromHome(laId, null, "LOW").replace("MISSING_FROM_HOME", "MISSING_FROM_SCHOOL"));
        Api.Response careWithoutPlacement = api().post("/episodes", reports.fromCare(laId, Reports.uniquePoliceReference())
                .replace("\"placementType\": \"CHILDRENS_HOME\",", ""));
        Api.Response badNhsNumber = api().post("/episodes",
                reports.fromCare(laId, Reports.uniquePoliceReference()).replace("9434765919", "9434765918"));
        Api.Response malformed = api().post("/episodes", "{\"subject\": ");

        assertThat(unknownContext.status()).isEqualTo(400);
        assertThat(unknownContext.body().at("/errors/0/field").asString()).isEqualTo("context.type");
        assertThat(careWithoutPlacement.status()).isEqualTo(422);
        assertThat(careWithoutPlacement.body().at("/errors/0/field").asString()).isEqualTo("context.placementType");
        assertThat(badNhsNumber.status()).isEqualTo(422);
        assertThat(badNhsNumber.body().at("/errors/0/field").asString()).isEqualTo("subject.nhsNumber");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().at("/errors/0/field").asString()).isEqualTo("body");
        assertThat(ids(api().get("/episodes?localAuthorityPersonId=" + laId))).isEmpty();
    }

    @Test
    void closing_an_episode_whose_child_is_still_missing_is_a_conflict_and_an_unknown_episode_is_not_found() {
        String id = api().post("/episodes", reports.fromHome(Reports.uniqueLaId(), null, "LOW")).body().get("id").asString();

        Api.Response refused = api().post("/episodes/" + id + "/closure", reports.closure());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("detail").asString()).contains("still missing");
        assertThat(api().get("/episodes/no-such-episode").status()).isEqualTo(404);
    }

    @Test
    void of_concurrent_updates_from_the_same_version_one_wins_and_the_others_get_409() throws Exception {
        String id = api().post("/episodes", reports.fromHome(Reports.uniqueLaId(), null, "LOW")).body().get("id").asString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Integer>> regrades = new ArrayList<>();
        for (String grade : List.of("MEDIUM", "HIGH", "NO_APPARENT_RISK", "MEDIUM")) {
            regrades.add(() -> api().post("/episodes/" + id + "/risk-regrades", reports.regrade(grade),
                    "If-Match", "\"0\"").status());
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> status : pool.invokeAll(regrades)) {
            statuses.add(status.get());
        }
        pool.shutdown();

        assertThat(statuses).containsOnlyOnce(200).contains(409);
        JsonNode episode = api().get("/episodes/" + id).body();
        assertThat(episode.get("version").asLong()).isEqualTo(1);
        assertThat(episode.get("riskHistory")).hasSize(1);
    }

    @Test
    void a_retried_action_with_the_same_idempotency_key_is_applied_once() {
        String id = api().post("/episodes", reports.fromHome(Reports.uniqueLaId(), null, "LOW")).body().get("id").asString();
        String body = reports.returned();

        Api.Response first = api().post("/episodes/" + id + "/return", body, "Idempotency-Key", "return-" + id);
        Api.Response retry = api().post("/episodes/" + id + "/return", body, "Idempotency-Key", "return-" + id);

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void metrics_count_episodes_by_context_and_rejected_requests_and_the_api_is_documented() {
        api().post("/episodes", reports.fromCare(Reports.uniqueLaId(), Reports.uniquePoliceReference()));
        api().post("/episodes", "{}");

        String metrics = api().get("/actuator/prometheus").body().asString();
        assertThat(metrics).contains("lantern_episodes_reported_total{category=\"MISSING\",context=\"MISSING_FROM_CARE\"");
        assertThat(metrics).contains("lantern_episodes_open{context=\"MISSING_FROM_HOME\"");
        assertThat(metrics).contains("lantern_requests_rejected_total{");
        assertThat(metrics).contains("lantern_events_publish_lag_seconds");
        assertThat(api().get("/v3/api-docs").body().at("/paths").has("/episodes/{id}/risk-regrades")).isTrue();
    }

    private static List<String> ids(Api.Response response) {
        List<String> ids = new ArrayList<>();
        response.body().forEach(e -> ids.add(e.get("id").asString()));
        return ids;
    }
}
