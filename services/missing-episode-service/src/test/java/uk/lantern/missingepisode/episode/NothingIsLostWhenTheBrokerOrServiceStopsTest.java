package uk.lantern.missingepisode.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lantern.missingepisode.MissingEpisodeServiceApplication;
import uk.lantern.missingepisode.support.Reports;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.ServiceRun;
import uk.lantern.testsupport.StoppableInfra;
import uk.lantern.testsupport.TopicReader;

/**
 * An acknowledged write reaches its topic exactly under one event id, whatever stops: the broker while requests
 * arrive, or the service itself while events wait for the broker.
 */
class NothingIsLostWhenTheBrokerOrServiceStopsTest {

    @RegisterExtension
    static final StoppableInfra infra = new StoppableInfra("lantern-outage");
    /** The service started here runs on the system clock, so reports are timed by it too. */
    static final Reports REPORTS = new Reports(Clock.systemUTC());

    static ServiceRun startService() {
        return infra.startService(MissingEpisodeServiceApplication.class, "missing-episodes",
                "--lantern.outbox.max-backoff=1s");
    }

    @Test
    void every_report_acknowledged_while_the_broker_stops_and_starts_again_is_published_once() throws Exception {
        ServiceRun service = startService();
        Api api = service.api().as("recorder");
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<Integer> refusals = new CopyOnWriteArrayList<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        Thread recorder = new Thread(() -> {
            while (recording.get()) {
                Api.Response r = api.post("/episodes", REPORTS.fromHome(Reports.uniqueLaId(), Reports.uniquePoliceReference(), "LOW"));
                if (r.status() == 201) {
                    acknowledged.add(r.body().get("id").asString());
                } else {
                    refusals.add(r.status());
                }
            }
        });
        recorder.start();
        try {
            awaitAtLeast(acknowledged, 30);
            infra.broker().stop();
            int beforeOutage = acknowledged.size();
            awaitAtLeast(acknowledged, beforeOutage + 30);
            infra.broker().start();
            awaitAtLeast(acknowledged, acknowledged.size() + 30);
        } finally {
            recording.set(false);
            recorder.join();
        }

        assertThat(refusals).as("no request was refused during the outage").isEmpty();
        Map<String, Set<UUID>> reportedEventIds = reportedEventIdsByEpisode(acknowledged);
        assertThat(reportedEventIds.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(reportedEventIds.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        service.awaitOutboxEmpty("episodes");
        service.close();
    }

    @Test
    void reports_accepted_while_the_broker_is_down_are_published_after_the_service_restarts() throws Exception {
        ServiceRun service = startService();
        infra.broker().stop();
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api.Response r = service.api().as("recorder").post("/episodes", REPORTS.fromCare(Reports.uniqueLaId(), Reports.uniquePoliceReference()));
            assertThat(r.status()).isEqualTo(201);
            acknowledged.add(r.body().get("id").asString());
        }
        service.close();

        infra.broker().start();
        ServiceRun restarted = startService();

        Map<String, Set<UUID>> reportedEventIds = reportedEventIdsByEpisode(acknowledged);
        assertThat(reportedEventIds.keySet()).containsAll(acknowledged);
        assertThat(reportedEventIds.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        restarted.awaitOutboxEmpty("episodes");
        restarted.close();
    }

    @Test
    void while_the_store_is_down_a_report_is_refused_with_503_and_retry_after_and_taken_once_it_is_back() {
        ServiceRun service = ServiceRun.start(MissingEpisodeServiceApplication.class,
                infra.broker().bootstrapServers(),
                infra.mongo().connectionString() + "/missing-episodes?serverSelectionTimeoutMS=1000",
                "--lantern.outbox.max-backoff=1s");
        String report = REPORTS.fromCare(Reports.uniqueLaId(), Reports.uniquePoliceReference());
        infra.mongo().stop();
        Api.Response refused = service.api().as("recorder").post("/episodes", report);
        infra.mongo().start();

        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.header("Retry-After")).isEqualTo("5");
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.body().get("type").asString()).endsWith("/store-unavailable");
        assertThat(refused.body().get("detail").asString()).contains("Nothing was recorded");
        Awaitility.await().atMost(Duration.ofSeconds(30))
                .until(() -> service.api().as("recorder").post("/episodes", report).status() == 201);
        service.close();
    }

    private static Map<String, Set<UUID>> reportedEventIdsByEpisode(List<String> acknowledged) {
        try (TopicReader<MissingEpisodeEvent> topic = new TopicReader<>(infra.broker().bootstrapServers(),
                Topics.MISSING_EPISODES, MissingEpisodeEvent::episodeId)) {
            List<TopicReader.Event<MissingEpisodeEvent>> events = topic.readUntil(all -> all.stream()
                    .map(e -> e.envelope().data().episodeId()).collect(Collectors.toSet())
                    .containsAll(acknowledged), Duration.ofSeconds(90));
            Map<String, Set<UUID>> byEpisode = new ConcurrentHashMap<>();
            events.stream()
                    .filter(e -> e.envelope().eventType().equals("EpisodeReported"))
                    .filter(e -> acknowledged.contains(e.envelope().data().episodeId()))
                    .forEach(e -> byEpisode.computeIfAbsent(e.envelope().data().episodeId(), k -> ConcurrentHashMap.newKeySet())
                            .add(e.envelope().eventId()));
            return byEpisode;
        }
    }

    private static void awaitAtLeast(List<String> acknowledged, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= count);
    }
}
