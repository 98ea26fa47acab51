package uk.lantern.returninterview.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.returninterview.interview.application.CaseStore;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.messaging.CaseEventContract;
import uk.lantern.returninterview.retention.application.CaseErasures;
import uk.lantern.returninterview.retention.domain.Erasure;
import uk.lantern.returninterview.retention.domain.ErasureReason;
import uk.lantern.returninterview.support.MissingEpisodeFeed;
import uk.lantern.returninterview.support.Requests;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.returninterview.InterviewCaseErased;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewTopics;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AwkwardMoments;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.MutableClock;
import uk.lantern.testsupport.ServiceRun;
import uk.lantern.testsupport.TestClockConfiguration;
import uk.lantern.testsupport.TopicReader;

/**
 * Retention and erasure of return-interview cases through the service's own path, on the embedded broker and store:
 * a case is kept for the period after its closure and erased at its edge, not a second before; a case still awaiting
 * an outcome is never due; the purge finishes what a pass stopped half-way left; a case recorded against the wrong
 * child is erased on request; the case of an erased missing episode is erased when {@code EpisodeErased} arrives, and
 * a redelivered {@code ChildReturned} never opens it again. Each erasure reaches the topic once, under the case's key,
 * with nothing of the child. Its own database, since the clock jumps years.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lantern.retention.enabled=false", "lantern.retention.interview-cases=P7Y"})
@Import(TestClockConfiguration.class)
class RetentionAndErasureTest {

    private static final Period KEPT = Period.ofYears(7);
    private static TopicReader<ReturnInterviewEvent> topic;
    private static MissingEpisodeFeed feed;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/return-interviews-retention");
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    CaseErasures erasures;
    @Autowired
    CaseStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    CaseEventContract contract;
    Api coordinator;

    @BeforeEach
    void now() {
        clock.set(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER);
        coordinator = new Api(port).as("coordinator");
        if (topic == null) {
            topic = new TopicReader<>(EmbeddedInfra.broker().bootstrapServers(), ReturnInterviewTopics.RETURN_INTERVIEWS,
                    ReturnInterviewEvent::episodeId);
            feed = new MissingEpisodeFeed(EmbeddedInfra.broker().bootstrapServers());
        }
    }

    @AfterAll
    static void closeClients() {
        if (topic != null) {
            topic.close();
            feed.close();
            topic = null;
            feed = null;
        }
    }

    @Test
    void a_closed_case_is_kept_until_the_period_after_its_closure_and_erased_at_its_edge() {
        Envelope<ChildReturned> returned = aReturn();
        String id = closedCase(returned);
        // the case's events are published years before any purge (an erasure drops what is unsent)
        ServiceRun.awaitOutboxEmpty(mongo, "cases");
        Instant closedAt = store.find(new CaseId(id)).orElseThrow().interviewCase().closure().closedAt();
        Instant edge = closedAt.atZone(ZoneOffset.UTC).plus(KEPT).toInstant();

        clock.set(edge.minusSeconds(1));
        erasures.purgeDue();
        assertThat(store.find(new CaseId(id))).as("a second before the edge").isPresent();

        clock.set(edge);
        erasures.purgeDue();
        assertThat(store.find(new CaseId(id))).as("at the edge").isEmpty();
        assertThat(store.erasure(new CaseId(id))).get().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ErasureReason.RETENTION);
            assertThat(e.erasedAt()).isEqualTo(edge);
        });
        assertThat(coordinator.get("/cases/" + id).status()).isEqualTo(404);

        List<TopicReader.Event<ReturnInterviewEvent>> events = TopicReader.ofRecord(
                topic.readUntil(TopicReader.containsRecord(id, 4), Duration.ofSeconds(30)), id);
        assertThat(events).extracting(e -> e.envelope().eventType()).containsExactly(
                "InterviewCaseOpened", "InterviewNotOffered", "InterviewCaseClosed", "InterviewCaseErased");
        assertThat(events.get(3)).satisfies(e -> {
            assertThat(e.key()).isEqualTo(MissingEpisodeFeed.key(returned));
            assertThat(e.envelope().subject()).isEqualTo(Subject.empty());
            assertThat(((InterviewCaseErased) e.envelope().data()).reason())
                    .isEqualTo(InterviewCaseErased.Reason.RETENTION);
        });
    }

    @Test
    void a_case_awaiting_an_outcome_is_never_due_and_one_declined_but_never_closed_is_due_from_the_decline() {
        String awaiting = opened(aReturn());
        String declined = opened(aReturn());
        Api provider = new Api(port).as("provider");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        assertThat(provider.post("/cases/" + awaiting + "/offers", Requests.offer(now.minusSeconds(1800))).status())
                .isEqualTo(200);
        assertThat(provider.post("/cases/" + declined + "/offers", Requests.offer(now.minusSeconds(1800))).status())
                .isEqualTo(200);
        Instant declinedAt = now.minusSeconds(600);
        assertThat(provider.post("/cases/" + declined + "/answer", Requests.answer("DECLINED", declinedAt, "CHILD"))
                .status()).isEqualTo(200);
        ServiceRun.awaitOutboxEmpty(mongo, "cases");

        clock.set(declinedAt.atZone(ZoneOffset.UTC).plus(KEPT).toInstant().minusSeconds(1));
        erasures.purgeDue();
        assertThat(store.find(new CaseId(declined))).as("a second before the edge").isPresent();
        clock.set(declinedAt.atZone(ZoneOffset.UTC).plus(KEPT).toInstant());
        erasures.purgeDue();
        assertThat(store.find(new CaseId(declined))).isEmpty();

        clock.advance(Duration.ofDays(365L * 30));
        erasures.purgeDue();
        assertThat(store.find(new CaseId(awaiting))).as("offered, no answer: still on the worklist").isPresent();
    }

    @Test
    void the_purge_finishes_what_a_pass_stopped_half_way_left_and_erases_each_case_once() {
        List<String> ids = List.of(closedCase(aReturn()), closedCase(aReturn()), closedCase(aReturn()));
        ServiceRun.awaitOutboxEmpty(mongo, "cases");
        clock.advance(Duration.ofDays(365L * 8));
        // A pass stopped after its first write: the first case is a tombstone with its event stored, the rest due.
        var first = store.find(new CaseId(ids.get(0))).orElseThrow();
        var erasure = new Erasure(UUID.randomUUID(), new CaseId(ids.get(0)), clock.instant(), ErasureReason.RETENTION,
                null);
        assertThat(store.erase(erasure, first.version(), contract.erasureEntry(first.interviewCase(), erasure))).isTrue();

        erasures.purgeDue();
        int again = erasures.purgeDue();

        assertThat(again).isZero();
        ids.forEach(id -> assertThat(store.find(new CaseId(id))).isEmpty());
        var all = topic.readUntil(read -> ids.stream().allMatch(id -> TopicReader.ofRecord(read, id).stream()
                .anyMatch(e -> e.envelope().data() instanceof InterviewCaseErased)), Duration.ofSeconds(30));
        for (String id : ids) {
            assertThat(erasedEvents(all, id).stream().map(e -> e.envelope().eventId()).distinct()).as(id).hasSize(1);
        }
    }

    @Test
    void a_case_recorded_against_the_wrong_child_is_erased_on_request_once_by_the_coordinator() {
        Envelope<ChildReturned> returned = aReturn();
        String id = opened(returned);
        String laId = returned.subject().localAuthorityPersonId();
        String erasure = """
                {"reason": "WRONGLY_RECORDED"}""";

        assertThat(new Api(port).as("provider").post("/cases/" + id + "/erasure", erasure).status()).isEqualTo(403);
        Api.Response retention = coordinator.post("/cases/" + id + "/erasure", """
                {"reason": "RETENTION"}""");
        assertThat(retention.status()).isEqualTo(400);
        assertThat(retention.body().at("/errors/0/field").asString()).isEqualTo("reason");
        assertThat(coordinator.post("/cases/" + id + "/erasure", """
                {"reason": "EPISODE_ERASED"}""").status()).isEqualTo(400);
        assertThat(coordinator.post("/cases/" + id + "/erasure", "{}").status()).isEqualTo(400);
        Api.Response erased = coordinator.post("/cases/" + id + "/erasure", erasure);
        Api.Response repeated = coordinator.post("/cases/" + id + "/erasure", erasure);

        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
        assertThat(erased.body().get("episodeId").asString()).isEqualTo(id);
        assertThat(erased.body().get("reason").asString()).isEqualTo("WRONGLY_RECORDED");
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body()).isEqualTo(erased.body());
        assertThat(coordinator.get("/cases/" + id).status()).isEqualTo(404);
        assertThat(coordinator.get("/cases?localAuthorityPersonId=" + laId).body()).isEmpty();
        assertThat(coordinator.get("/worklist?provider=brightpath").body().toString()).doesNotContain(id);
        assertThat(new Api(port).as("provider").post("/cases/" + id + "/offers", Requests.offer(clock.instant()
                .truncatedTo(ChronoUnit.SECONDS))).status()).isEqualTo(404);
        assertThat(coordinator.post("/cases/" + UUID.randomUUID() + "/erasure", erasure).status()).isEqualTo(404);
        // the tombstone keeps ids and times, nothing of the child, and who asked
        Document tombstone = mongo.findById(id, Document.class, "cases");
        assertThat(tombstone.toJson()).doesNotContain(laId).doesNotContain("Amelia").doesNotContain("PE1");
        assertThat(tombstone.get("erasure", Document.class).getString("erasedBy")).isNotBlank();

        var events = TopicReader.ofRecord(topic.readUntil(all -> !erasedEvents(all, id).isEmpty(),
                Duration.ofSeconds(30)), id);
        assertThat(events.stream().filter(e -> e.envelope().data() instanceof InterviewCaseErased))
                .singleElement().satisfies(e -> {
                    assertThat(e.key()).isEqualTo(MissingEpisodeFeed.key(returned));
                    assertThat(e.envelope().subject()).isEqualTo(Subject.empty());
                    assertThat(((InterviewCaseErased) e.envelope().data()).reason())
                            .isEqualTo(InterviewCaseErased.Reason.WRONGLY_RECORDED);
                });
    }

    @Test
    void an_erased_episode_erases_its_case_once_and_its_child_returned_delivered_again_opens_nothing() {
        Envelope<ChildReturned> returned = aReturn();
        String id = opened(returned);
        String key = MissingEpisodeFeed.key(returned);
        byte[] episodeErased = feed.encode(MissingEpisodeFeed.episodeErased(id, clock.instant(),
                EpisodeErased.Reason.WRONGLY_RECORDED));

        feed.send(key, episodeErased);
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> coordinator.get("/cases/" + id).status() == 404);
        assertThat(store.erasure(new CaseId(id))).get()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(ErasureReason.EPISODE_ERASED));

        // both delivered again (a consumer that stopped before committing its offsets), then a later return of the
        // same child on the same partition: once its case is open, the two before it have been handled
        feed.send(key, feed.encode(returned));
        feed.send(key, episodeErased);
        String later = opened(MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(), returned.subject(),
                MissingEpisodeFeed.HOME, clock.instant().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS)));
        ServiceRun.awaitOutboxEmpty(mongo, "cases");

        assertThat(coordinator.get("/cases/" + id).status()).isEqualTo(404);
        var all = topic.readUntil(TopicReader.containsRecord(later, 1), Duration.ofSeconds(30));
        assertThat(TopicReader.ofRecord(all, id)).extracting(e -> e.envelope().eventType())
                .containsExactly("InterviewCaseOpened", "InterviewCaseErased");
        assertThat(erasedEvents(all, id)).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo(key);
            assertThat(e.envelope().subject()).isEqualTo(Subject.empty());
            assertThat(((InterviewCaseErased) e.envelope().data()).reason())
                    .isEqualTo(InterviewCaseErased.Reason.EPISODE_ERASED);
        });
        assertThat(coordinator.get("/actuator/prometheus").body().asString())
                .contains("lantern_missing_episode_events_consumed_total{result=\"applied\",service=\"return-interview-service\",type=\"EpisodeErased\"}")
                .contains("lantern_missing_episode_events_consumed_total{result=\"duplicate\",service=\"return-interview-service\",type=\"EpisodeErased\"}");
    }

    @Test
    void an_episode_erased_before_its_child_returned_leaves_no_case_even_if_a_child_returned_arrives_after_it() {
        Envelope<ChildReturned> returned = aReturn();
        String id = returned.data().episodeId();
        String key = MissingEpisodeFeed.key(returned);

        // the erasure first (no case: nothing to tell anyone), then the return delivered late, then a sentinel
        feed.send(key, feed.encode(MissingEpisodeFeed.episodeErased(id, clock.instant(),
                EpisodeErased.Reason.WRONGLY_RECORDED)));
        feed.send(key, feed.encode(returned));
        String later = opened(MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(), returned.subject(),
                MissingEpisodeFeed.HOME, clock.instant().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS)));
        ServiceRun.awaitOutboxEmpty(mongo, "cases");

        assertThat(coordinator.get("/cases/" + id).status()).isEqualTo(404);
        assertThat(coordinator.post("/cases/" + id + "/erasure", """
                {"reason": "WRONGLY_RECORDED"}""").status()).as("there never was a case to erase").isEqualTo(404);
        var all = topic.readUntil(TopicReader.containsRecord(later, 1), Duration.ofSeconds(30));
        assertThat(TopicReader.ofRecord(all, id)).as("nothing published about a case never opened").isEmpty();
    }

    private Envelope<ChildReturned> aReturn() {
        return MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(),
                MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId()), MissingEpisodeFeed.HOME,
                clock.instant().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
    }

    /** Sends the return and waits for its case. */
    private String opened(Envelope<ChildReturned> returned) {
        feed.send(returned);
        String id = returned.data().episodeId();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> coordinator.get("/cases/" + id).status() == 200);
        return id;
    }

    /** A case with a decision not to offer, closed by the coordinator. */
    private String closedCase(Envelope<ChildReturned> returned) {
        String id = opened(returned);
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        assertThat(coordinator.post("/cases/" + id + "/decision-not-to-offer", Requests.notOffered(now.minusSeconds(3600)))
                .status()).isEqualTo(200);
        assertThat(coordinator.post("/cases/" + id + "/closure", Requests.closure(now.minusSeconds(1800))).status())
                .isEqualTo(200);
        return id;
    }

    private static List<TopicReader.Event<ReturnInterviewEvent>> erasedEvents(
            List<TopicReader.Event<ReturnInterviewEvent>> all, String id) {
        return TopicReader.ofRecord(all, id).stream()
                .filter(e -> e.envelope().data() instanceof InterviewCaseErased).toList();
    }
}
