package uk.lantern.missingepisode.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.testsupport.ServiceRun;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.missingepisode.episode.application.EpisodeStore;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.missingepisode.episode.messaging.EpisodeEventContract;
import uk.lantern.missingepisode.retention.application.EpisodeErasures;
import uk.lantern.missingepisode.retention.domain.Erasure;
import uk.lantern.missingepisode.retention.domain.ErasureReason;
import uk.lantern.missingepisode.support.Reports;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.AwkwardMoments;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.MutableClock;
import uk.lantern.testsupport.TestClockConfiguration;
import uk.lantern.testsupport.TopicReader;

/**
 * Retention and erasure through the service's own path, on the embedded broker and store: an episode is kept for the
 * period after its closure and erased at its edge, not a second before; the purge is idempotent and finishes what a
 * pass stopped half-way left; an episode recorded against the wrong child is erased on request; each erasure reaches
 * the topic once, under the episode's key, with nothing of the child. Its own database, since the clock jumps years.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"lantern.retention.enabled=false", "lantern.retention.episodes=P7Y"})
@Import(TestClockConfiguration.class)
class RetentionAndErasureTest {

    private static final Period KEPT = Period.ofYears(7);
    private static TopicReader<MissingEpisodeEvent> topic;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/missing-episodes-retention");
    }

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    EpisodeErasures erasures;
    @Autowired
    EpisodeStore store;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EpisodeEventContract contract;
    Reports reports;
    Api recorder;

    @BeforeEach
    void now() {
        clock.set(AwkwardMoments.JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER);
        reports = new Reports(clock);
        recorder = new Api(port).as("recorder");
        if (topic == null) {
            topic = new TopicReader<>(EmbeddedInfra.broker().bootstrapServers(), Topics.MISSING_EPISODES,
                    MissingEpisodeEvent::episodeId);
        }
    }

    @AfterAll
    static void closeReader() {
        if (topic != null) {
            topic.close();
            topic = null;
        }
    }

    @Test
    void a_closed_episode_is_kept_until_the_period_after_its_closure_and_erased_at_its_edge() {
        String laId = Reports.uniqueLaId();
        String id = closedEpisode(laId, Reports.uniquePoliceReference());
        // the report, return and closure are published years before any purge (an erasure drops what is unsent)
        ServiceRun.awaitOutboxEmpty(mongo, "episodes");
        Instant closedAt = store.find(new EpisodeId(id)).orElseThrow().episode().closure().closedAt();
        Instant edge = closedAt.atZone(ZoneOffset.UTC).plus(KEPT).toInstant();

        clock.set(edge.minusSeconds(1));
        erasures.purgeDue();
        assertThat(store.find(new EpisodeId(id))).as("a second before the edge").isPresent();

        clock.set(edge);
        erasures.purgeDue();
        assertThat(store.find(new EpisodeId(id))).as("at the edge").isEmpty();
        assertThat(store.erasure(new EpisodeId(id))).get().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(ErasureReason.RETENTION);
            assertThat(e.erasedAt()).isEqualTo(edge);
        });

        List<TopicReader.Event<MissingEpisodeEvent>> events = TopicReader.ofRecord(
                topic.readUntil(TopicReader.containsRecord(id, 4), Duration.ofSeconds(30)), id);
        var erased = events.stream().filter(e -> e.envelope().data() instanceof EpisodeErased).toList();
        assertThat(erased).singleElement().satisfies(e -> {
            assertThat(e.key()).isEqualTo("la:" + laId);
            assertThat(e.envelope().subject()).isEqualTo(Subject.empty());
            assertThat(((EpisodeErased) e.envelope().data()).reason()).isEqualTo(EpisodeErased.Reason.RETENTION);
        });
        assertThat(events.get(events.size() - 1).envelope().data()).isInstanceOf(EpisodeErased.class);
    }

    @Test
    void the_purge_counts_what_it_erased_while_the_clock_moves_on_between_readings() {
        List<String> ids = List.of(closedEpisode(Reports.uniqueLaId(), Reports.uniquePoliceReference()),
                closedEpisode(Reports.uniqueLaId(), Reports.uniquePoliceReference()));
        ServiceRun.awaitOutboxEmpty(mongo, "episodes");
        clock.advance(Duration.ofDays(365L * 8));
        clock.tickOnEachReading(Duration.ofMillis(3));
        try {
            assertThat(erasures.purgeDue()).isGreaterThanOrEqualTo(2);
            assertThat(erasures.purgeDue()).isZero();
        } finally {
            clock.tickOnEachReading(Duration.ZERO);
        }
        ids.forEach(id -> assertThat(store.find(new EpisodeId(id))).isEmpty());
    }

    @Test
    void an_episode_whose_child_is_still_missing_is_never_due() {
        String id = recorder.post("/episodes", reports.fromHome(Reports.uniqueLaId(), null, "LOW"))
                .body().get("id").asString();

        clock.advance(Duration.ofDays(365L * 30));
        erasures.purgeDue();

        assertThat(store.find(new EpisodeId(id))).isPresent();
    }

    @Test
    void the_purge_finishes_what_a_pass_stopped_half_way_left_and_erases_each_episode_once() {
        List<String> ids = List.of(closedEpisode(Reports.uniqueLaId(), Reports.uniquePoliceReference()),
                closedEpisode(Reports.uniqueLaId(), Reports.uniquePoliceReference()),
                closedEpisode(Reports.uniqueLaId(), Reports.uniquePoliceReference()));
        clock.advance(Duration.ofDays(365L * 8));
        // A pass stopped after its first write: the first episode is a tombstone with its event stored, the rest due.
        var first = store.find(new EpisodeId(ids.get(0))).orElseThrow();
        var erasure = new Erasure(UUID.randomUUID(), new EpisodeId(ids.get(0)), clock.instant(), ErasureReason.RETENTION,
                null);
        assertThat(store.erase(erasure, first.version(), contract.erasureEntry(first.episode(), erasure))).isTrue();

        erasures.purgeDue();
        int again = erasures.purgeDue();

        assertThat(again).isZero();
        ids.forEach(id -> assertThat(store.find(new EpisodeId(id))).isEmpty());
        var all = topic.readUntil(all1 -> ids.stream().allMatch(id -> TopicReader.ofRecord(all1, id).stream()
                .anyMatch(e -> e.envelope().data() instanceof EpisodeErased)), Duration.ofSeconds(30));
        for (String id : ids) {
            assertThat(TopicReader.ofRecord(all, id).stream().filter(e -> e.envelope().data() instanceof EpisodeErased)
                    .map(e -> e.envelope().eventId()).distinct()).as(id).hasSize(1);
        }
    }

    @Test
    void an_episode_recorded_against_the_wrong_child_is_erased_on_request_once_and_its_reference_can_be_reported_again() {
        String laId = Reports.uniqueLaId();
        String reference = Reports.uniquePoliceReference();
        String id = recorder.post("/episodes", reports.fromHome(laId, reference, "LOW")).body().get("id").asString();
        String erasure = """
                {"reason": "WRONGLY_RECORDED"}""";

        assertThat(new Api(port).as("coordinator").post("/episodes/" + id + "/erasure", erasure).status()).isEqualTo(403);
        assertThat(recorder.post("/episodes/" + id + "/erasure", """
                {"reason": "RETENTION"}""").status()).isEqualTo(400);
        Api.Response erased = recorder.post("/episodes/" + id + "/erasure", erasure);
        Api.Response repeated = recorder.post("/episodes/" + id + "/erasure", erasure);

        assertThat(erased.status()).as(erased.body().toString()).isEqualTo(200);
        assertThat(repeated.status()).isEqualTo(200);
        assertThat(repeated.body().get("erasedAt")).isEqualTo(erased.body().get("erasedAt"));
        assertThat(recorder.get("/episodes/" + id).status()).isEqualTo(404);
        assertThat(recorder.get("/episodes?localAuthorityPersonId=" + laId).body()).isEmpty();
        assertThat(recorder.post("/episodes/" + UUID.randomUUID() + "/erasure", erasure).status()).isEqualTo(404);

        Api.Response again = recorder.post("/episodes", reports.fromHome(Reports.uniqueLaId(), reference, "LOW"));
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.body().get("id").asString()).isNotEqualTo(id);

        var events = TopicReader.ofRecord(topic.readUntil(all -> TopicReader.ofRecord(all, id).stream()
                .anyMatch(e -> e.envelope().data() instanceof EpisodeErased), Duration.ofSeconds(30)), id);
        assertThat(events.stream().filter(e -> e.envelope().data() instanceof EpisodeErased))
                .singleElement().satisfies(e -> assertThat(((EpisodeErased) e.envelope().data()).reason())
                        .isEqualTo(EpisodeErased.Reason.WRONGLY_RECORDED));
    }

    @Test
    void a_reference_held_by_an_erasure_stopped_before_its_claims_were_released_can_be_reported_again() {
        String reference = Reports.uniquePoliceReference();
        String id = recorder.post("/episodes", reports.fromHome(Reports.uniqueLaId(), reference, "LOW"))
                .body().get("id").asString();
        var stored = store.find(new EpisodeId(id)).orElseThrow();
        var erasure = new Erasure(UUID.randomUUID(), new EpisodeId(id), clock.instant(),
                ErasureReason.WRONGLY_RECORDED, "recorder");
        store.erase(erasure, stored.version(), contract.erasureEntry(stored.episode(), erasure));

        Api.Response again = recorder.post("/episodes", reports.fromHome(Reports.uniqueLaId(), reference, "LOW"));

        assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
        assertThat(again.body().get("id").asString()).isNotEqualTo(id);
    }

    private String closedEpisode(String laId, String reference) {
        String id = recorder.post("/episodes", reports.fromHome(laId, reference, "LOW")).body().get("id").asString();
        assertThat(recorder.post("/episodes/" + id + "/return", reports.returned()).status()).isEqualTo(200);
        assertThat(recorder.post("/episodes/" + id + "/closure", reports.closure()).status()).isEqualTo(200);
        return id;
    }
}
