package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.stream.SourceRecords;
import uk.lantern.correlation.support.ApiWithoutTopology;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.testsupport.MutableClock;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.schemas.correlation.IdentityDecisionMade;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.TopicReader;

/**
 * The query, review and alert API over what the projections hold, on the real broker and store. The topology is not
 * running: the test publishes what it would (profiles, alerts, identity events) and reads the API.
 */
@WithoutTopology
class CorrelationApiTest extends ApiWithoutTopology {


    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    AlertWork alertWork;

    String raisedAlert(String code, String severity, Instant recordedAt) {
        String child = Correlated.uniqueChildId();
        return raisedAlert(Correlated.raised(UUID.randomUUID().toString(), code, severity, child, recordedAt));
    }

    // --- children -------------------------------------------------------------------------------------------

    @Test
    void a_profile_is_served_by_child_id_and_found_by_any_of_its_identifiers() {
        String nhs = Correlated.uniqueNhsNumber();
        ChildProfile profile = Correlated.profile(Correlated.uniqueChildId(), 4, nhs);
        published(profile);

        Api.Response read = api().get("/children/" + profile.childId());
        assertThat(read.body().path("childId").asString()).isEqualTo(profile.childId());
        assertThat(read.body().has("_id")).isFalse();
        assertThat(read.body().path("maceScore").asInt()).isEqualTo(14);

        Api.Response found = api().get("/children?identifier=nhs:" + nhs);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).singleElement().satisfies(c -> {
            assertThat(c.path("childId").asString()).isEqualTo(profile.childId());
            assertThat(c.path("names").get(0).asString()).isEqualTo("Amelia Jones");
        });
        assertThat(api().get("/children?identifier=upn:" + nhs).body()).isEmpty();
    }

    @Test
    void the_chronology_lists_every_event_of_the_records_the_profile_lists_in_order() {
        String nhs = Correlated.uniqueNhsNumber();
        String key = "nhs:" + nhs;
        var amelia = new Subject(null, nhs, null, null, "Amelia", "Jones", LocalDate.of(2010, 4, 1),
                Subject.Sex.FEMALE, "PE1 2AB");
        var atSchool = new Subject(null, nhs, "A" + nhs + "01", null, "Amelia", "Jones", LocalDate.of(2010, 4, 1),
                Subject.Sex.FEMALE, "PE1 2AB");
        Instant at = WithoutTopology.START.minus(Duration.ofDays(3));
        feed().send(Topics.MISSING_EPISODES.name(), key, Correlated.returned(amelia, "ep-1", at.plusSeconds(7200)));
        feed().send(Topics.CME_REGISTER.name(), key, Correlated.addedToCme(atSchool, LocalDate.of(2026, 11, 1)));
        feed().send(Topics.MISSING_EPISODES.name(), key, Correlated.reported(amelia, "ep-1", at));
        var one = Correlated.profile(Correlated.uniqueChildId(), 1, nhs);
        var profile = withRecords(one, 1, SourceRecords.recordId("missing-episode-service", key, amelia));
        published(profile);

        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(api().get("/children/" + profile.childId()
                + "/chronology").body()).extracting(e -> e.path("eventType").asString())
                .containsExactly("EpisodeReported", "ChildReturned"));

        // The school's record joins the child: its event is in the chronology, in its place, with nothing rewritten.
        published(withRecords(profile, 2, SourceRecords.recordId("missing-episode-service", key, amelia),
                SourceRecords.recordId("cme-register-service", key, atSchool)));
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(api().get("/children/" + profile.childId()
                + "/chronology").body()).extracting(e -> e.path("source").asString())
                .containsExactly("cme-register-service", "missing-episode-service", "missing-episode-service"));
        JsonNode first = api().get("/children/" + profile.childId() + "/chronology").body().get(0);
        assertThat(first.path("occurredAt").asString()).isEqualTo("2026-11-01T00:00:00Z");
        assertThat(first.path("eventType").asString()).isEqualTo("ChildAddedToRegister");
    }

    private static ChildProfile withRecords(ChildProfile p, long version, String... records) {
        return new ChildProfile(p.childId(), version, p.asOf(), List.of(records), p.identifiers(), p.names(),
                p.dateOfBirth(), p.sex(), p.postcodes(), p.missingNow(), p.missingSince(), p.episodesLast30Days(),
                p.episodesLast90Days(), p.episodesLast365Days(), p.homeOrCare(), p.episodes(), p.cme(),
                p.exploitation(), p.openFlags(), p.maceScore(), p.associates(), p.places(), p.linkKeys(),
                p.mergedInto(), p.links());
    }

    @Test
    void the_network_joins_children_who_share_an_associate_or_a_place() {
        String phone = "PHONE:0770090" + (int) (Math.random() * 100000);
        String place = "PLACE_NAME:flat above the takeaway " + UUID.randomUUID();
        var dean = new ChildProfile.Associate("Dean Smith", phone.substring(6), null, Instant.now(), "e1");
        ChildProfile amelia = Correlated.profile(Correlated.uniqueChildId(), 1, Correlated.uniqueNhsNumber(), "Amelia",
                List.of(phone, place), List.of(dean), List.of());
        ChildProfile kai = Correlated.profile(Correlated.uniqueChildId(), 1, Correlated.uniqueNhsNumber(), "Kai",
                List.of(phone), List.of(), List.of());
        ChildProfile stranger = Correlated.profile(Correlated.uniqueChildId(), 1, Correlated.uniqueNhsNumber(),
                "Zoe", List.of("PHONE:07000000000"), List.of(), List.of());
        published(kai);
        published(stranger);
        published(amelia);

        JsonNode network = api().get("/children/" + amelia.childId() + "/network").body();

        assertThat(network.path("nodes")).extracting(n -> n.path("id").asString() + "/" + n.path("type").asString())
                .containsExactlyInAnyOrder(amelia.childId() + "/CHILD", phone + "/ASSOCIATE", place + "/PLACE",
                        kai.childId() + "/CHILD");
        assertThat(network.path("edges")).extracting(e -> e.path("from").asString() + "->" + e.path("to").asString())
                .containsExactlyInAnyOrder(amelia.childId() + "->" + phone, amelia.childId() + "->" + place,
                        kai.childId() + "->" + phone);
        assertThat(network.path("nodes")).filteredOn(n -> n.path("id").asString().equals(phone))
                .singleElement().satisfies(n -> assertThat(n.path("label").asString()).isEqualTo("Dean Smith (phone)"));
        assertThat(network.path("nodes")).filteredOn(n -> n.path("id").asString().equals(kai.childId()))
                .singleElement().satisfies(n -> assertThat(n.path("label").asString()).isEqualTo("Kai Jones"));
    }

    @Test
    void an_unknown_child_is_a_404_problem_and_a_bad_identifier_a_400_naming_it() {
        Api.Response missing = api().get("/children/child-nobody");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api().get("/children/child-nobody/network").status()).isEqualTo(404);

        for (String bad : List.of("9434765919", "ni:AB123456C", "nhs:", "")) {
            Api.Response refused = api().get("/children?identifier=" + bad);
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("identifier");
        }
    }

    // --- alerts ---------------------------------------------------------------------------------------------

    @Test
    void alerts_are_listed_latest_raised_first_and_filtered_by_code_status_and_child() {
        String older = raisedAlert("SCREENING_GAP", "MEDIUM", WithoutTopology.START.minusSeconds(7200));
        String newer = raisedAlert("SCREENING_GAP", "MEDIUM", WithoutTopology.START.minusSeconds(60));

        JsonNode page = api().get("/alerts?code=SCREENING_GAP&status=OPEN&size=500").body();
        List<String> ids = page.path("alerts").valueStream().map(a -> a.path("alertId").asString()).toList();
        assertThat(ids).containsSubsequence(newer, older);

        String child = api().get("/alerts/" + older).body().path("childId").asString();
        assertThat(api().get("/alerts?childId=" + child).body().path("alerts"))
                .extracting(a -> a.path("alertId").asString()).containsExactly(older);
    }

    @Test
    void an_unknown_code_or_status_is_a_400_naming_the_field() {
        Api.Response code = api().get("/alerts?code=LOOKS_ODD");
        assertThat(code.status()).isEqualTo(400);
        assertThat(code.body().at("/errors/0/field").asString()).isEqualTo("code");
        Api.Response status = api().get("/alerts?status=SNOOZED");
        assertThat(status.status()).isEqualTo(400);
        assertThat(status.body().at("/errors/0/field").asString()).isEqualTo("status");
        assertThat(api().get("/alerts?size=0").status()).isEqualTo(400);
    }

    @Test
    void an_alert_is_acknowledged_assigned_and_resolved_with_who_and_when_and_then_refuses_further_work() {
        String alertId = raisedAlert("NEED_TO_KNOW", "URGENT", clock.instant());
        clock.advance(Duration.ofMinutes(12));

        Api.Response acknowledged = api().post("/alerts/" + alertId + "/acknowledge", "{\"by\": \"coordinator\"}");
        assertThat(acknowledged.status()).isEqualTo(200);
        assertThat(acknowledged.body().path("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(acknowledged.body().path("acknowledgedBy").asString()).isEqualTo("coordinator");
        assertThat(Instant.parse(acknowledged.body().path("acknowledgedAt").asString())).isEqualTo(clock.instant());

        Api.Response assigned = api().post("/alerts/" + alertId + "/assign",
                "{\"to\": \"PC Sarah Patel\"}");
        assertThat(assigned.body().path("status").asString()).isEqualTo("ASSIGNED");
        assertThat(assigned.body().path("assignedTo").asString()).isEqualTo("PC Sarah Patel");
        assertThat(assigned.body().path("acknowledgedBy").asString()).isEqualTo("coordinator");

        Api.Response resolved = api().post("/alerts/" + alertId + "/resolve",
                "{\"outcome\": \"ACTION_TAKEN\", \"note\": \"Found at her aunt's; safe and well check done\"}");
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.body().path("status").asString()).isEqualTo("RESOLVED");
        assertThat(resolved.body().path("resolutionNote").asString()).startsWith("Found at her aunt's");
        Object stored = mongo.getCollection("alerts").find(new Document("_id", alertId)).first().get("resolutionNote");
        assertThat(stored).as("the note is sealed in the store").isInstanceOf(Document.class);
        assertThat(stored.toString()).doesNotContain("aunt");
        assertThat(api().get("/alerts/" + alertId).body().path("resolutionNote").asString())
                .startsWith("Found at her aunt's");

        assertThat(api().post("/alerts/" + alertId + "/assign", "{\"to\": \"x\"}").status())
                .isEqualTo(409);
        assertThat(api().post("/alerts/" + alertId + "/resolve", "{\"outcome\": \"DUPLICATE\", \"note\": \"again\"}").status())
                .isEqualTo(409);
    }

    @Test
    void alert_commands_act_as_the_signed_in_person_and_need_an_existing_alert() {
        Api.Response someoneElse = api().post("/alerts/" + UUID.randomUUID() + "/acknowledge", "{\"by\": \"Lee\"}");
        assertThat(someoneElse.status()).isEqualTo(400);
        assertThat(someoneElse.body().at("/errors/0/field").asString()).isEqualTo("by");
        assertThat(someoneElse.body().at("/errors/0/reason").asString()).contains("signed-in person (coordinator)");
        Api.Response noTo = api().post("/alerts/" + UUID.randomUUID() + "/assign", "{}");
        assertThat(noTo.status()).isEqualTo(400);
        assertThat(noTo.body().at("/errors/0/field").asString()).isEqualTo("to");
        assertThat(api().post("/alerts/" + UUID.randomUUID() + "/acknowledge", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void an_unacknowledged_alert_escalates_after_its_severity_allows_a_step_per_window_and_an_acknowledged_one_never() {
        clock.set(WithoutTopology.START.plus(Duration.ofDays(1)));
        String urgent = raisedAlert("NEED_TO_KNOW", "URGENT", clock.instant());
        String high = raisedAlert("RHI_OVERDUE", "HIGH", clock.instant());
        String acknowledged = raisedAlert("NEED_TO_KNOW", "URGENT", clock.instant());
        api().post("/alerts/" + acknowledged + "/acknowledge", "{}");

        clock.advance(Duration.ofMinutes(59));
        alertWork.escalateDue();
        assertThat(status(urgent)).isEqualTo("OPEN");

        clock.advance(Duration.ofMinutes(1));
        alertWork.escalateDue();
        assertThat(status(urgent)).isEqualTo("ESCALATED");
        Instant escalatedAt = Instant.parse(api().get("/alerts/" + urgent).body().path("escalatedAt").asString());
        assertThat(escalatedAt).isEqualTo(clock.instant());
        assertThat(status(high)).as("HIGH waits 4 hours").isEqualTo("OPEN");
        assertThat(status(acknowledged)).isEqualTo("ACKNOWLEDGED");

        assertThat(api().get("/alerts/" + urgent).body().path("escalationLevel").asInt()).isEqualTo(1);
        assertThat(api().get("/alerts/" + urgent).body().path("escalatedTo").asString()).isEqualTo("Duty coordinator");

        clock.advance(Duration.ofMinutes(30));
        alertWork.escalateDue();
        assertThat(api().get("/alerts/" + urgent).body().path("escalationLevel").asInt())
                .as("the next step waits a whole window").isEqualTo(1);

        clock.advance(Duration.ofHours(3).minusMinutes(30));
        alertWork.escalateDue();
        assertThat(status(high)).isEqualTo("ESCALATED");
        assertThat(api().get("/alerts/" + urgent).body().path("escalationLevel").asInt()).isEqualTo(2);

        assertThat(api().post("/alerts/" + urgent + "/acknowledge", "{}").body().path("status")
                .asString()).isEqualTo("ACKNOWLEDGED");
    }

    @Test
    void figures_count_alerts_by_code_and_status_and_give_the_median_time_to_acknowledge() {
        clock.set(WithoutTopology.START.plus(Duration.ofDays(10)));
        String code = "CME_ENQUIRY_STALLED";
        long before = api().get("/alerts/figures").body().path("byCode").path(code).path("ACKNOWLEDGED").asLong(0);
        Instant published = clock.instant();
        List<String> ids = List.of(raisedAlert(code, "LOW", published), raisedAlert(code, "LOW", published),
                raisedAlert(code, "LOW", published));
        clock.advance(Duration.ofMinutes(10));
        api().post("/alerts/" + ids.get(0) + "/acknowledge", "{}");
        clock.advance(Duration.ofMinutes(20));
        api().post("/alerts/" + ids.get(1) + "/acknowledge", "{}");

        JsonNode figures = api().get("/alerts/figures").body();

        assertThat(figures.path("byCode").path(code).path("ACKNOWLEDGED").asLong()).isEqualTo(before + 2);
        assertThat(figures.path("byCode").path(code).path("OPEN").asLong()).isGreaterThanOrEqualTo(1);
        if (before == 0) {
            assertThat(Duration.parse(figures.path("medianTimeToAcknowledgeByCode").path(code).asString()))
                    .isEqualTo(Duration.ofMinutes(20));
        }
        assertThat(figures.path("total").asLong()).isEqualTo(
                figures.path("byStatus").valueStream().mapToLong(JsonNode::asLong).sum());
    }

    @Test
    void median_of_an_even_count_is_the_mean_of_the_middle_two() {
        assertThat(AlertWork.median(List.of(Duration.ofMinutes(30), Duration.ofMinutes(10), Duration.ofMinutes(20),
                Duration.ofMinutes(40)))).isEqualTo(Duration.ofMinutes(25));
        assertThat(AlertWork.median(List.of(Duration.ofMinutes(7)))).isEqualTo(Duration.ofMinutes(7));
    }

    String status(String alertId) {
        return api().get("/alerts/" + alertId).body().path("status").asString();
    }

    // --- reviews and decisions ------------------------------------------------------------------------------

    String openReview(double score) {
        String reviewId = "review-" + UUID.randomUUID();
        feed().send(CorrelationTopics.IDENTITY.name(), "child-a",
                Correlated.reviewRaised(reviewId, "rec-a-" + reviewId, "rec-b-" + reviewId, score));
        Awaitility.await().atMost(WAIT).until(() -> mongo.getCollection("reviews")
                .find(new Document("_id", reviewId)).first() != null);
        return reviewId;
    }

    @Test
    void the_review_queue_lists_open_items_highest_score_first() {
        String low = openReview(6.5);
        String high = openReview(12.9);

        JsonNode queue = api().get("/reviews?status=OPEN").body();

        assertThat(queue.valueStream().map(r -> r.path("reviewId").asString()).toList()).containsSubsequence(high, low);
        assertThat(api().get("/reviews?status=MAYBE").status()).isEqualTo(400);
    }

    @Test
    void a_decision_is_published_to_the_decisions_topic_and_a_second_one_while_it_is_applied_is_refused() {
        String reviewId = openReview(9.1);

        Api.Response accepted = api().post("/reviews/" + reviewId + "/decision",
                "{\"decision\": \"CONFIRM\", \"reviewer\": \"coordinator\", \"reason\": \"Same school and carer\"}");
        assertThat(accepted.status()).isEqualTo(202);
        String decisionId = accepted.body().path("decisionId").asString();

        try (TopicReader<IdentityDecisionMade> decisions = new TopicReader<>(EmbeddedInfra.broker().bootstrapServers(),
                CorrelationTopics.IDENTITY_DECISIONS, IdentityDecisionMade::decisionId)) {
            var sent = TopicReader.ofRecord(decisions.readUntil(TopicReader.containsRecord(decisionId, 1), WAIT),
                    decisionId);
            assertThat(sent).singleElement().satisfies(e -> {
                assertThat(e.key()).isEqualTo(decisionId);
                assertThat(e.envelope().data().decision()).isEqualTo("CONFIRM");
                assertThat(e.envelope().data().reviewId()).isEqualTo(reviewId);
                assertThat(e.envelope().data().recordA()).isEqualTo("rec-a-" + reviewId);
                assertThat(e.envelope().data().recordB()).isEqualTo("rec-b-" + reviewId);
                assertThat(e.envelope().data().reviewer()).isEqualTo("coordinator");
            });
        }
        assertThat(api().post("/reviews/" + reviewId + "/decision",
                "{\"decision\": \"REJECT\", \"reason\": \"twins\"}").status()).isEqualTo(409);

        feed().send(CorrelationTopics.IDENTITY.name(), "child-a", Correlated.reviewDecided(decisionId, reviewId,
                "rec-a-" + reviewId, "rec-b-" + reviewId, "CONFIRM"));
        Awaitility.await().atMost(WAIT).until(() -> api().get("/reviews?status=DECIDED").body().valueStream()
                .anyMatch(r -> r.path("reviewId").asString().equals(reviewId)));
        Api.Response again = api().post("/reviews/" + reviewId + "/decision",
                "{\"decision\": \"REJECT\", \"reason\": \"twins\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().path("detail").asString()).contains("already decided");
    }

    @Test
    void a_review_answered_by_a_link_leaves_the_queue_and_a_reviewer_can_still_reject_it() {
        String x = Correlated.uniqueChildId();
        String y = Correlated.uniqueChildId();
        String reviewId = "review-" + UUID.randomUUID();
        String identity = CorrelationTopics.IDENTITY.name();
        feed().send(identity, x, Correlated.resolved("rec-x-" + reviewId, x));
        feed().send(identity, x, Correlated.resolved("rec-y-" + reviewId, y));
        feed().send(identity, x, Correlated.reviewRaised(reviewId, "rec-x-" + reviewId, x, "rec-y-" + reviewId, y, 9));
        Awaitility.await().atMost(WAIT).until(() -> queued("OPEN", reviewId));

        feed().send(identity, x, Correlated.resolved("rec-z-" + reviewId, x, List.of(y)));
        Awaitility.await().atMost(WAIT).until(() -> queued("LINKED", reviewId));

        assertThat(queued("OPEN", reviewId)).as("off the reviewers' queue").isFalse();
        Api.Response reject = api().post("/reviews/" + reviewId + "/decision",
                "{\"decision\": \"REJECT\", \"reason\": \"twins: two children\"}");
        assertThat(reject.status()).isEqualTo(202);
    }

    private boolean queued(String status, String reviewId) {
        return api().get("/reviews?status=" + status).body().valueStream()
                .anyMatch(r -> r.path("reviewId").asString().equals(reviewId));
    }

    @Test
    void a_review_withdrawn_when_its_record_was_forgotten_is_listed_apart_and_a_decision_on_it_is_a_410() {
        String reviewId = openReview(9.3);
        feed().send(CorrelationTopics.IDENTITY.name(), "child-a", Correlated.forgotten("rec-a-" + reviewId,
                "child-a", List.of(reviewId), List.of()));
        Awaitility.await().atMost(WAIT).until(() -> queued("WITHDRAWN", reviewId)
                && !mongo.getCollection("reviews").find(new Document("_id", reviewId)).first().containsKey("recordA"));

        assertThat(queued("OPEN", reviewId)).as("off the reviewers' queue").isFalse();
        JsonNode withdrawn = api().get("/reviews?status=WITHDRAWN").body().valueStream()
                .filter(r -> r.path("reviewId").asString().equals(reviewId)).findFirst().orElseThrow();
        assertThat(withdrawn.path("withdrawnReason").asString()).contains("erased at its source");
        assertThat(withdrawn.path("recordA").isNull() || withdrawn.path("recordA").isMissingNode()).isTrue();
        Api.Response refused = api().post("/reviews/" + reviewId + "/decision",
                "{\"decision\": \"CONFIRM\", \"reason\": \"same child\"}");
        assertThat(refused.status()).isEqualTo(410);
        assertThat(refused.body().path("type").asString()).endsWith("/review-withdrawn");
        assertThat(refused.body().path("detail").asString()).contains("withdrawn", "Nothing was decided");
        assertThat(mongo.getCollection("reviews").find(new Document("_id", reviewId)).first()
                .containsKey("pendingDecisionId")).as("nothing was sent").isFalse();
    }

    @Test
    void bad_decisions_are_problems_naming_the_field() {
        String reviewId = openReview(8);
        String path = "/reviews/" + reviewId + "/decision";

        Api.Response noReviewer = api().post(path, "{\"decision\": \"CONFIRM\", \"reviewer\": \"Jo\", \"reason\": \"x\"}");
        assertThat(noReviewer.status()).isEqualTo(400);
        assertThat(noReviewer.body().at("/errors/0/field").asString()).isEqualTo("reviewer");
        Api.Response unknown = api().post(path, "{\"decision\": \"MAYBE\", \"reason\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().at("/errors/0/field").asString()).isEqualTo("decision");
        Api.Response unlink = api().post(path, "{\"decision\": \"UNLINK\", \"reason\": \"x\"}");
        assertThat(unlink.status()).isEqualTo(422);
        assertThat(unlink.body().at("/errors/0/field").asString()).isEqualTo("decision");
        assertThat(api().post("/reviews/review-nobody/decision",
                "{\"decision\": \"CONFIRM\", \"reason\": \"x\"}").status()).isEqualTo(404);
        assertThat(api().post(path, "{not json").status()).isEqualTo(400);
    }

    @Test
    void a_record_is_unlinked_by_an_unlink_decision_and_an_unknown_record_is_a_404() {
        String recordId = "rec-" + UUID.randomUUID();
        feed().send(CorrelationTopics.IDENTITY.name(), "child-x", Correlated.resolved(recordId, "child-x"));
        Awaitility.await().atMost(WAIT).until(() -> mongo.getCollection("resolutions")
                .find(new Document("_id", recordId)).first() != null);

        Api.Response accepted = api().post("/records/" + recordId + "/unlink",
                "{\"reviewer\": \"coordinator\", \"reason\": \"Different child: wrong NHS number keyed by the school\"}");
        assertThat(accepted.status()).isEqualTo(202);
        String decisionId = accepted.body().path("decisionId").asString();
        try (TopicReader<IdentityDecisionMade> decisions = new TopicReader<>(EmbeddedInfra.broker().bootstrapServers(),
                CorrelationTopics.IDENTITY_DECISIONS, IdentityDecisionMade::decisionId)) {
            var sent = decisions.eventsOf(decisionId, 1);
            assertThat(sent.get(0).envelope().data().decision()).isEqualTo("UNLINK");
            assertThat(sent.get(0).envelope().data().recordA()).isEqualTo(recordId);
            assertThat(sent.get(0).envelope().data().recordB()).isNull();
        }
        assertThat(api().post("/records/rec-nobody/unlink", "{\"reason\": \"x\"}").status())
                .isEqualTo(404);
        assertThat(api().post("/records/" + recordId + "/unlink", "{\"reviewer\": \"Jo\"}").status()).isEqualTo(400);
    }

    // --- documentation and metrics --------------------------------------------------------------------------

    @Test
    void the_api_is_documented_and_the_metrics_are_exposed() {
        JsonNode docs = api().get("/v3/api-docs").body();
        assertThat(docs.path("paths").propertyNames()).contains("/children/{childId}", "/children/{childId}/network",
                "/alerts", "/alerts/{alertId}/acknowledge", "/reviews/{reviewId}/decision", "/records/{recordId}/unlink");
        raisedAlert("MISSING_AND_CME", "HIGH", clock.instant());
        String metrics = api().get("/actuator/prometheus").body().asString();
        assertThat(metrics).contains("lantern_alerts_raised_total{").contains("code=\"MISSING_AND_CME\"")
                .contains("lantern_reviews_open");
    }

    @Test
    void hotspots_are_listed_with_their_children_and_words_the_most_children_first_and_an_ended_one_apart() {
        var big = UUID.randomUUID().toString();
        var small = UUID.randomUUID().toString();
        var gone = UUID.randomUUID().toString();
        Instant at = WithoutTopology.START.minus(Duration.ofDays(20));
        var hundredChildren = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "child-h" + i).toList();
        feed().send(CorrelationTopics.HOTSPOTS.name(), "PLACE_NAME:railway station", hotspot(big, "railway station",
                hundredChildren, at));
        feed().send(CorrelationTopics.HOTSPOTS.name(), "PLACE_NAME:queensgate centre", hotspot(small,
                "queensgate centre", hundredChildren.subList(0, 30), at));
        feed().send(CorrelationTopics.HOTSPOTS.name(), "POSTCODE:PE11NT", hotspot(gone, "PE11NT",
                hundredChildren.subList(0, 40), at));
        feed().send(CorrelationTopics.HOTSPOTS.name(), "POSTCODE:PE11NT", uk.lantern.schemas.Envelope.of(
                uk.lantern.schemas.correlation.CorrelationEventTypes.HOTSPOT_ENDED, UUID.randomUUID(), at, at,
                "correlation-service", Correlated.NONE,
                new uk.lantern.schemas.correlation.HotspotEnded(gone, "POSTCODE", "PE11NT", at.plusSeconds(60))));

        Awaitility.await().atMost(WAIT).until(() -> ids(api().get("/hotspots?size=500").body()).contains(small)
                && ids(api().get("/hotspots?status=ENDED&size=500").body()).contains(gone));
        var current = ids(api().get("/hotspots?size=500").body());
        assertThat(current.indexOf(big)).as("the most children first").isLessThan(current.indexOf(small));
        assertThat(current).doesNotContain(gone);
        JsonNode railway = findById(api().get("/hotspots?size=500").body(), big);
        assertThat(railway.path("children").asInt()).isEqualTo(100);
        assertThat(railway.path("summary").asString()).contains("100 children");
        assertThat(api().get("/hotspots?status=SOMETIMES").status()).isEqualTo(400);
    }

    private static uk.lantern.schemas.Envelope<uk.lantern.schemas.correlation.HotspotReported> hotspot(String id,
            String value, List<String> children, Instant at) {
        return uk.lantern.schemas.Envelope.of(uk.lantern.schemas.correlation.CorrelationEventTypes.HOTSPOT_REPORTED,
                UUID.randomUUID(), at, at, "correlation-service", Correlated.NONE,
                new uk.lantern.schemas.correlation.HotspotReported(id, value.startsWith("PE") ? "POSTCODE"
                        : "PLACE_NAME", value, children, at.minus(Duration.ofDays(60)), at,
                        value + ": " + children.size() + " children seen there"));
    }

    private static List<String> ids(JsonNode hotspots) {
        var ids = new java.util.ArrayList<String>();
        hotspots.forEach(h -> ids.add(h.path("hotspotId").asString()));
        return ids;
    }

    private static JsonNode findById(JsonNode hotspots, String id) {
        for (JsonNode h : hotspots) {
            if (h.path("hotspotId").asString().equals(id)) {
                return h;
            }
        }
        throw new AssertionError("no hotspot " + id);
    }
}
