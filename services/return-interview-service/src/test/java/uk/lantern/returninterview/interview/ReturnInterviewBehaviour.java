package uk.lantern.returninterview.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.StreamSupport;
import org.awaitility.Awaitility;
import org.bson.Document;
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
import uk.lantern.returninterview.support.MissingEpisodeFeed;
import uk.lantern.returninterview.support.Requests;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.returninterview.InterviewCaseOpened;
import uk.lantern.schemas.returninterview.InterviewCompleted;
import uk.lantern.schemas.returninterview.InterviewNotOffered;
import uk.lantern.schemas.returninterview.InterviewOffered;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewTopics;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AwkwardMoments;
import uk.lantern.testsupport.MutableClock;
import uk.lantern.testsupport.RawTopicReader;
import uk.lantern.testsupport.TestClockConfiguration;
import uk.lantern.testsupport.TopicReader;

/**
 * What providers and coordinators can rely on, through the missing-episode topic, the HTTP API, a real broker and a
 * real MongoDB-wire store. Run once on the embedded broker and store, and again on real Kafka and MongoDB images
 * where Docker exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
abstract class ReturnInterviewBehaviour {

    static final String DLT = "lantern.missing-episodes.v1.dlt";

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;
    /** The service's clock: each test starts just after midnight in London in summer (23:30 UTC). */
    @Autowired
    MutableClock clock;

    static TopicReader<ReturnInterviewEvent> topic;
    static MissingEpisodeFeed feed;

    abstract String bootstrapServers();

    @BeforeAll
    static void nothingOpenYet() {
        topic = null;
        feed = null;
    }

    @AfterAll
    static void closeClients() {
        if (topic != null) {
            topic.close();
        }
        if (feed != null) {
            feed.close();
        }
    }

    /** Brightpath's return interview worker: the home provider (the care provider is Harbour Advocacy). */
    Api api() {
        return new Api(port).as("provider");
    }

    Api careProvider() {
        return new Api(port).as("provider2");
    }

    Api coordinator() {
        return new Api(port).as("coordinator");
    }

    TopicReader<ReturnInterviewEvent> topic() {
        if (topic == null) {
            topic = new TopicReader<>(bootstrapServers(), ReturnInterviewTopics.RETURN_INTERVIEWS,
                    ReturnInterviewEvent::episodeId);
        }
        return topic;
    }

    MissingEpisodeFeed feed() {
        if (feed == null) {
            feed = new MissingEpisodeFeed(bootstrapServers());
        }
        return feed;
    }

    @BeforeEach
    void justAfterMidnightInLondonInSummer() {
        clock.set(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER);
    }

    /** A child returns (as missing-episode-service would publish it); waits for the case to appear. */
    JsonNode returned(Envelope<ChildReturned> event) {
        feed().send(event);
        return awaitCase(event.data().episodeId());
    }

    Envelope<ChildReturned> homeReturn(Duration ago) {
        return MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(),
                MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId()), MissingEpisodeFeed.HOME,
                clock.instant().minus(ago).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Waits for the case as the coordinator, who sees every provider's cases. */
    JsonNode awaitCase(String id) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> coordinator().get("/cases/" + id).status() == 200);
        return coordinator().get("/cases/" + id).body();
    }

    @Test
    void a_provider_works_only_on_the_cases_assigned_to_its_own_organisation() {
        String home = returned(homeReturn(Duration.ofHours(1))).get("id").asString();
        String care = returned(MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(),
                MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId()), MissingEpisodeFeed.CARE,
                clock.instant().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS))).get("id").asString();

        assertThat(api().get("/cases/" + home).status()).isEqualTo(200);
        Api.Response othersCase = api().get("/cases/" + care);
        assertThat(othersCase.status()).isEqualTo(403);
        assertThat(othersCase.body().path("detail").asString()).contains("another provider");
        assertThat(api().post("/cases/" + care + "/offers", Requests.offer(clock.instant())).status()).isEqualTo(403);
        assertThat(careProvider().get("/cases/" + care).status()).isEqualTo(200);
        assertThat(api().get("/worklist?provider=harbour-advocacy").status()).isEqualTo(403);
        assertThat(ids(api().get("/worklist?provider=brightpath").body())).contains(home).doesNotContain(care);
        assertThat(ids(coordinator().get("/worklist?provider=harbour-advocacy").body())).contains(care);
    }

    @Test
    void a_returned_child_gets_a_case_by_itself_due_72_hours_after_the_return_and_its_opening_is_published() {
        Envelope<ChildReturned> event = homeReturn(Duration.ofHours(2));
        String id = event.data().episodeId();

        JsonNode opened = returned(event);

        assertThat(opened.get("status").asString()).isEqualTo("AWAITING_OFFER");
        assertThat(opened.get("provider").asString()).isEqualTo("brightpath");
        assertThat(Instant.parse(opened.get("deadline").asString()))
                .isEqualTo(event.data().returnedAt().plus(Duration.ofHours(72)));
        assertThat(opened.at("/subject/localAuthorityPersonId").asString())
                .isEqualTo(event.subject().localAuthorityPersonId());
        List<TopicReader.Event<ReturnInterviewEvent>> events = TopicReader.ofRecord(
                topic().readUntil(TopicReader.containsRecord(id, 1), Duration.ofSeconds(30)), id);
        assertThat(events).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(MissingEpisodeFeed.key(event));
            assertThat(e.envelope().data()).isInstanceOfSatisfying(InterviewCaseOpened.class,
                    o -> assertThat(o.provider()).isEqualTo("brightpath"));
        });
        assertThat(ids(api().get("/cases?localAuthorityPersonId=" + event.subject().localAuthorityPersonId()).body()))
                .containsExactly(id);
    }

    @Test
    void the_childs_ethnicity_from_the_missing_episode_passes_through_to_the_case_and_every_event_it_publishes() {
        Subject amelia = MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId());
        Subject withEthnicity = new Subject(amelia.localAuthorityPersonId(), null, null, null, amelia.givenName(),
                amelia.familyName(), amelia.dateOfBirth(), amelia.sex(), amelia.postcode(), Ethnicity.MWBA);
        Envelope<ChildReturned> event = MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(),
                withEthnicity, MissingEpisodeFeed.HOME, clock.instant().minus(Duration.ofHours(2)));
        Envelope<ChildReturned> without = homeReturn(Duration.ofHours(2));
        String id = event.data().episodeId();

        assertThat(returned(event).at("/subject/ethnicity").asString()).isEqualTo("MWBA");
        assertThat(returned(without).at("/subject").has("ethnicity")).isFalse();
        assertThat(api().post("/cases/" + id + "/offers", Requests.offer(clock.instant().minus(Duration.ofHours(1))),
                "If-Match", "\"0\"").status()).isEqualTo(200);

        List<TopicReader.Event<ReturnInterviewEvent>> events = TopicReader.ofRecord(
                topic().readUntil(TopicReader.containsRecord(id, 2), Duration.ofSeconds(30)), id);
        assertThat(events).extracting(e -> e.envelope().eventType())
                .containsExactly("InterviewCaseOpened", "InterviewOffered");
        assertThat(events).extracting(e -> e.envelope().subject().ethnicity()).containsOnly(Ethnicity.MWBA);
        String withoutId = without.data().episodeId();
        assertThat(TopicReader.ofRecord(topic().readUntil(TopicReader.containsRecord(withoutId, 1),
                Duration.ofSeconds(30)), withoutId)).singleElement()
                .satisfies(e -> assertThat(e.envelope().subject().ethnicity()).isNull());
    }

    @Test
    void a_child_returned_to_care_is_assigned_to_the_care_provider() {
        Envelope<ChildReturned> event = MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(),
                MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId()), MissingEpisodeFeed.CARE,
                clock.instant().minus(Duration.ofHours(1)));

        assertThat(returned(event).get("provider").asString()).isEqualTo("harbour-advocacy");
        assertThat(returned(event).get("context").asString()).isEqualTo("MISSING_FROM_CARE");
    }

    @Test
    void the_same_child_returned_event_delivered_twice_changes_nothing_the_second_time() {
        Envelope<ChildReturned> event = homeReturn(Duration.ofHours(3));
        byte[] bytes = feed().encode(event);
        String key = MissingEpisodeFeed.key(event);
        feed().send(key, bytes);
        feed().send(key, bytes);
        Envelope<ChildReturned> after = MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(),
                event.subject(), MissingEpisodeFeed.HOME, clock.instant().minus(Duration.ofHours(1)));
        returned(after);

        String id = event.data().episodeId();
        assertThat(api().get("/cases/" + id).header("ETag")).isEqualTo("\"0\"");
        Document stored = mongo.getCollection("cases").find(new Document("_id", id)).first();
        assertThat(stored.getList("appliedEventIds", String.class)).containsExactly(event.eventId().toString());
        topic().readUntil(TopicReader.containsRecord(after.data().episodeId(), 1), Duration.ofSeconds(30));
        assertThat(TopicReader.ofRecord(topic().readUntil(all -> true, Duration.ofSeconds(5)), id)).hasSize(1);
    }

    @Test
    void a_malformed_message_goes_to_the_dead_letter_topic_with_its_reason_and_the_partition_does_not_stall() {
        Subject child = MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId());
        String key = child.partitionKey().orElseThrow();
        feed().send(MissingEpisodeFeed.episodeReported(MissingEpisodeFeed.uniqueEpisodeId(), child,
                clock.instant().minus(Duration.ofDays(1))));
        feed().send(key, "{not json".getBytes(StandardCharsets.UTF_8));
        Envelope<ChildReturned> good = MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(), child,
                MissingEpisodeFeed.HOME, clock.instant().minus(Duration.ofHours(1)));

        returned(good);

        try (RawTopicReader dlt = new RawTopicReader(bootstrapServers(), DLT)) {
            List<RawTopicReader.Raw> dead = dlt.readUntil(all -> all.stream().anyMatch(r -> key.equals(r.key())),
                    Duration.ofSeconds(30)).stream().filter(r -> key.equals(r.key())).toList();
            assertThat(dead).as("only the malformed message, not the ignored EpisodeReported").singleElement()
                    .satisfies(r -> {
                        assertThat(new String(r.value(), StandardCharsets.UTF_8)).isEqualTo("{not json");
                        assertThat(r.headers().get("x-exception-message")).contains("not JSON");
                        assertThat(r.headers().get("x-original-topic")).isEqualTo("lantern.missing-episodes.v1");
                    });
        }
    }

    @Test
    void a_child_returned_event_that_breaks_its_schema_is_dead_lettered_naming_the_missing_field() {
        Envelope<ChildReturned> event = homeReturn(Duration.ofHours(1));
        String key = MissingEpisodeFeed.key(event);
        String broken = new String(feed().encode(event), StandardCharsets.UTF_8).replaceFirst("\"returnedAt\":\"[^\"]*\",", "");
        feed().send(key, broken.getBytes(StandardCharsets.UTF_8));

        try (RawTopicReader dlt = new RawTopicReader(bootstrapServers(), DLT)) {
            RawTopicReader.Raw dead = dlt.readUntil(all -> all.stream().anyMatch(r -> key.equals(r.key())),
                    Duration.ofSeconds(30)).stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(dead.headers().get("x-exception-message")).contains("returnedAt");
        }
        assertThat(api().get("/cases/" + event.data().episodeId()).status()).isEqualTo(404);
    }

    @Test
    void a_case_is_offered_accepted_interviewed_and_closed_and_its_events_arrive_in_order_under_one_key() {
        Envelope<ChildReturned> event = homeReturn(Duration.ofHours(30));
        String id = event.data().episodeId();
        returned(event);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        Api.Response offered = api().post("/cases/" + id + "/offers", Requests.offer(now.minus(Duration.ofHours(20))),
                "If-Match", "\"0\"");
        assertThat(offered.status()).isEqualTo(200);
        assertThat(offered.body().at("/offers/0/withinDeadline").asBoolean()).isTrue();
        assertThat(api().post("/cases/" + id + "/answer", Requests.answer("ACCEPTED", now.minus(Duration.ofHours(19)), "CHILD"),
                "If-Match", offered.header("ETag")).status()).isEqualTo(200);
        Api.Response interviewed = api().post("/cases/" + id + "/interview", Requests.interview(now));
        assertThat(interviewed.status()).isEqualTo(200);
        assertThat(interviewed.body().at("/interview/associates/0/vehicleRegistration").asString()).isEqualTo("AB12 CDE");
        // the free text is stored sealed, and read back as written
        org.bson.Document stored = mongo.findById(id, org.bson.Document.class, "cases")
                .get("interviewCase", org.bson.Document.class);
        assertThat(stored.toJson()).doesNotContain("cannabis").doesNotContain("Argued with mum");
        assertThat(stored.get("interview", org.bson.Document.class).get("disclosures", org.bson.Document.class)
                .getString("enc")).isEqualTo("tink-aead-v1");
        assertThat(api().get("/cases/" + id).body().at("/interview/disclosures").asString())
                .isEqualTo("Was given cannabis");
        assertThat(api().get("/cases/" + id).body().at("/interview/factorsInChildsWords").asString())
                .isEqualTo("Argued with mum; Dean said there was a party");
        Api.Response closed = api().post("/cases/" + id + "/closure", Requests.closure(now), "If-Match", "\"3\"");
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.header("ETag")).isEqualTo("\"4\"");
        assertThat(closed.body().at("/closure/outcome").asString()).isEqualTo("COMPLETED");

        List<TopicReader.Event<ReturnInterviewEvent>> events = TopicReader.ofRecord(
                topic().readUntil(TopicReader.containsRecord(id, 5), Duration.ofSeconds(30)), id);
        assertThat(events).extracting(e -> e.envelope().eventType()).containsExactly("InterviewCaseOpened",
                "InterviewOffered", "InterviewAccepted", "InterviewCompleted", "InterviewCaseClosed");
        assertThat(events).extracting(TopicReader.Event::key).containsOnly(MissingEpisodeFeed.key(event));
        assertThat(events.get(1).envelope().data()).isInstanceOfSatisfying(InterviewOffered.class,
                o -> assertThat(o.withinDeadline()).isTrue());
        assertThat(events.get(3).envelope().schemaVersion()).isEqualTo(2);
        assertThat(events.get(3).envelope().data()).isInstanceOfSatisfying(InterviewCompleted.class, c -> {
            assertThat(c.exploitationIndicators()).extracting(Enum::name).contains("SUBSTANCE_MISUSE");
            assertThat(c.completedAt()).isEqualTo(now);
            assertThat(c.withinDeadline()).isTrue();
            assertThat(c.associates().get(0).knownAdult()).isTrue();
            assertThat(c.disclosureMade()).isTrue(); // the fact, not the free text
            assertThat(c.disclosures()).isNull();
            assertThat(c.factorsInChildsWords()).isNull();
        });
    }

    @Test
    void a_decision_not_to_offer_is_published_without_its_reason_which_stays_sealed_with_the_case() {
        Envelope<ChildReturned> event = homeReturn(Duration.ofHours(5));
        String id = event.data().episodeId();
        returned(event);

        assertThat(coordinator().post("/cases/" + id + "/decision-not-to-offer",
                Requests.notOffered(clock.instant().truncatedTo(ChronoUnit.SECONDS))).status()).isEqualTo(200);

        List<TopicReader.Event<ReturnInterviewEvent>> events = TopicReader.ofRecord(
                topic().readUntil(TopicReader.containsRecord(id, 2), Duration.ofSeconds(30)), id);
        assertThat(events.get(1).envelope().eventType()).isEqualTo("InterviewNotOffered");
        assertThat(events.get(1).envelope().schemaVersion()).isEqualTo(2);
        assertThat(events.get(1).envelope().data()).isInstanceOfSatisfying(InterviewNotOffered.class, n -> {
            assertThat(n.reason()).isNull();
            assertThat(n.decidedBy().name()).isEqualTo("Coordinator Lee");
        });
        Document stored = mongo.findById(id, Document.class, "cases");
        assertThat(stored.toJson()).as("the case and its outbox").doesNotContain("independent visitor");
        assertThat(coordinator().get("/cases/" + id).body().at("/decisionNotToOffer/reason").asString())
                .isEqualTo("Interviewed by the placement's independent visitor");
    }

    @Test
    void an_interview_with_a_day_but_no_time_is_refused_naming_completedAt_and_nothing_is_written() {
        Envelope<ChildReturned> event = homeReturn(Duration.ofHours(30));
        String id = event.data().episodeId();
        returned(event);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        api().post("/cases/" + id + "/offers", Requests.offer(now.minus(Duration.ofHours(20))));
        api().post("/cases/" + id + "/answer", Requests.answer("ACCEPTED", now.minus(Duration.ofHours(19)), "CHILD"));

        Api.Response refused = api().post("/cases/" + id + "/interview", Requests.interview(now)
                .replace("\"completedAt\": \"" + now + "\"", "\"completedOn\": \"" + LocalDate.now(clock.withZone(ZoneId.of("Europe/London"))) + "\""));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().at("/errors/0/field").asString()).isEqualTo("completedAt");
        assertThat(api().get("/cases/" + id).body().get("status").asString()).isEqualTo("ACCEPTED");
    }

    @Test
    void bad_requests_get_problems_naming_the_field_and_nothing_is_written() {
        String id = returned(homeReturn(Duration.ofHours(5))).get("id").asString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        Api.Response missing = api().post("/cases/" + id + "/offers",
                Requests.offer(now).replace("\"method\": \"PHONE\"", "\"method\": null"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().at("/errors/0/field").asString()).isEqualTo("method");

        Api.Response unknownIndicator = api().post("/cases/" + id + "/interview",
                Requests.interview(now).replace("SUBSTANCE_MISUSE", "LOOKS_SHIFTY"));
        assertThat(unknownIndicator.status()).isEqualTo(400);
        assertThat(unknownIndicator.body().at("/errors/0/field").asString()).startsWith("exploitationIndicators");

        Api.Response beforeReturn = api().post("/cases/" + id + "/offers", Requests.offer(now.minus(Duration.ofHours(9))));
        assertThat(beforeReturn.status()).isEqualTo(422);
        assertThat(beforeReturn.body().at("/errors/0/field").asString()).isEqualTo("offeredAt");

        Api.Response closeTooSoon = api().post("/cases/" + id + "/closure", Requests.closure(now));
        assertThat(closeTooSoon.status()).isEqualTo(409);
        assertThat(closeTooSoon.header("Content-Type")).contains("application/problem+json");

        assertThat(api().post("/cases/" + id + "/answer", Requests.answer("ACCEPTED", now, "CHILD")).status())
                .isEqualTo(409);
        assertThat(api().get("/cases/no-such-episode").status()).isEqualTo(404);
        assertThat(api().get("/cases/" + id).header("ETag")).isEqualTo("\"0\"");
    }

    @Test
    void a_stale_if_match_is_a_conflict_and_a_retried_request_with_the_same_idempotency_key_is_applied_once() {
        String id = returned(homeReturn(Duration.ofHours(5))).get("id").asString();
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);

        Api.Response first = api().post("/cases/" + id + "/offers", Requests.offer(now), "Idempotency-Key", "offer-" + id);
        Api.Response retry = api().post("/cases/" + id + "/offers", Requests.offer(now), "Idempotency-Key", "offer-" + id);
        Api.Response stale = api().post("/cases/" + id + "/offers", Requests.offer(now), "If-Match", "\"0\"");

        assertThat(first.status()).isEqualTo(200);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.body().get("offers")).hasSize(1);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("currentVersion").asLong()).isEqualTo(1);
    }

    @Test
    void a_providers_worklist_shows_due_due_soon_and_overdue_against_the_clock_until_an_offer_or_decision() {
        String due = returned(homeReturn(Duration.ofHours(1))).get("id").asString();
        String dueSoon = returned(homeReturn(Duration.ofHours(60))).get("id").asString();
        String overdue = returned(homeReturn(Duration.ofHours(80))).get("id").asString();

        JsonNode worklist = api().get("/worklist?provider=brightpath").body();
        assertThat(urgencyOf(worklist, due)).isEqualTo("DUE");
        assertThat(urgencyOf(worklist, dueSoon)).isEqualTo("DUE_SOON");
        assertThat(urgencyOf(worklist, overdue)).isEqualTo("OVERDUE");
        assertThat(ids(api().get("/worklist?provider=brightpath&urgency=OVERDUE").body()))
                .contains(overdue).doesNotContain(due, dueSoon);
        assertThat(ids(coordinator().get("/worklist?provider=harbour-advocacy").body())).doesNotContain(due);

        assertThat(api().post("/cases/" + overdue + "/decision-not-to-offer", Requests.notOffered(clock.instant()))
                .status()).isEqualTo(200);
        assertThat(ids(api().get("/worklist?provider=brightpath").body())).doesNotContain(overdue);
    }

    @Test
    void the_timeliness_table_and_themes_count_a_months_cases_by_context_and_show_the_gap() {
        Instant march = Instant.parse("2024-03-10T12:00:00Z");
        Subject child = MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId());
        String completed = returned(MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(), child,
                MissingEpisodeFeed.HOME, march)).get("id").asString();
        String late = returned(MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(), child,
                MissingEpisodeFeed.HOME, march)).get("id").asString();
        returned(MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(), child, MissingEpisodeFeed.HOME, march));
        String decided = returned(MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(), child,
                MissingEpisodeFeed.CARE, march)).get("id").asString();

        api().post("/cases/" + completed + "/offers", Requests.offer(march.plus(Duration.ofHours(5))));
        api().post("/cases/" + completed + "/answer", Requests.answer("ACCEPTED", march.plus(Duration.ofHours(6)), "CHILD"));
        assertThat(api().post("/cases/" + completed + "/interview", Requests.interview(march.plus(Duration.ofHours(30)))).status())
                .isEqualTo(200);
        api().post("/cases/" + late + "/offers", Requests.offer(march.plus(Duration.ofHours(80))));
        careProvider().post("/cases/" + decided + "/decision-not-to-offer", Requests.notOffered(march.plus(Duration.ofHours(2))));

        JsonNode table = coordinator().get("/reports/timeliness?from=2024-03&to=2024-03").body();
        assertThat(table).hasSize(2);
        JsonNode home = table.get(0);
        assertThat(home.get("month").asString()).isEqualTo("2024-03");
        assertThat(home.get("context").asString()).isEqualTo("MISSING_FROM_HOME");
        assertThat(List.of(home.get("returns").asLong(), home.get("offeredInTime").asLong(), home.get("offeredLate").asLong(),
                home.get("completedInTime").asLong(), home.get("completedLate").asLong(),
                home.get("nothingRecorded").asLong(), home.get("noOfferNoDecision").asLong()))
                .containsExactly(3L, 1L, 1L, 1L, 0L, 2L, 1L);
        assertThat(home.get("completedInTimePercent").asDouble()).isEqualTo(33.3);
        assertThat(table.get(1).get("notOfferedWithDecision").asLong()).isEqualTo(1);
        assertThat(coordinator().get("/reports/timeliness?from=2024-03&to=2024-03").body()).isEqualTo(table);

        JsonNode themes = coordinator().get("/reports/themes?from=2024-03&to=2024-03").body();
        assertThat(themes).hasSize(1);
        assertThat(themes.at("/0/pullFactors/ADULT_ASSOCIATE").asLong()).isEqualTo(1);
        assertThat(themes.at("/0/exploitationIndicators/SUBSTANCE_MISUSE").asLong()).isEqualTo(1);
        assertThat(themes.at("/0/places").propertyNames()).contains("Flat above the takeaway (PE1 4LZ)");

        assertThat(coordinator().get("/reports/timeliness?from=2024-05&to=2024-03").status()).isEqualTo(400);
    }

    @Test
    void metrics_count_cases_and_consumed_events_and_the_api_is_documented() {
        returned(homeReturn(Duration.ofHours(1)));

        String metrics = api().get("/actuator/prometheus").body().asString();
        assertThat(metrics).contains("lantern_return_interview_cases_opened_total{context=\"MISSING_FROM_HOME\"");
        assertThat(metrics).contains("lantern_missing_episode_events_consumed_total{");
        assertThat(metrics).contains("lantern_return_interview_cases_awaiting_outcome{");
        assertThat(api().get("/actuator/health/readiness").status()).isEqualTo(200);
        String docs = api().get("/v3/api-docs").body().toString();
        assertThat(docs).contains("/cases/{id}/offers", "/worklist", "/reports/timeliness", "/reports/themes");
    }

    static String urgencyOf(JsonNode worklist, String id) {
        return StreamSupport.stream(worklist.spliterator(), false).filter(n -> n.get("id").asString().equals(id))
                .map(n -> n.get("urgency").asString()).findFirst().orElse(null);
    }

    static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.get("id").asString()).toList();
    }
}
