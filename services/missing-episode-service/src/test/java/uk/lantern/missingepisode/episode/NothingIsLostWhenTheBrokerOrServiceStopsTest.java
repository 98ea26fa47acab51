package uk.lantern.missingepisode.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.localinfra.KafkaBroker;
import uk.lantern.localinfra.MongoStore;
import uk.lantern.missingepisode.MissingEpisodeServiceApplication;
import uk.lantern.missingepisode.support.Api;
import uk.lantern.missingepisode.support.Reports;
import uk.lantern.missingepisode.support.TopicReader;

/**
 * An acknowledged write reaches its topic exactly under one event id, whatever stops: the broker while requests
 * arrive, or the service itself while events wait for the broker.
 */
class NothingIsLostWhenTheBrokerOrServiceStopsTest {

    static KafkaBroker broker;
    static MongoStore mongo;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        broker = new KafkaBroker(Files.createTempDirectory("lantern-outage"), 0, 0);
        broker.start();
        mongo = MongoStore.inMemory(0);
        mongo.start();
    }

    @AfterAll
    static void stopInfrastructure() {
        broker.stop();
        mongo.stop();
    }

    static ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(MissingEpisodeServiceApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.mongodb.uri=" + mongo.connectionString() + "/missing-episodes",
                "--lantern.outbox.max-backoff=1s");
    }

    static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    @Test
    void every_report_acknowledged_while_the_broker_stops_and_starts_again_is_published_once() throws Exception {
        ConfigurableApplicationContext service = startService();
        Api api = api(service);
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        List<Integer> refusals = new CopyOnWriteArrayList<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        Thread recorder = new Thread(() -> {
            while (recording.get()) {
                Api.Response r = api.post("/episodes", Reports.fromHome(Reports.uniqueLaId(), Reports.uniquePoliceReference(), "LOW"));
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
            broker.stop();
            int beforeOutage = acknowledged.size();
            awaitAtLeast(acknowledged, beforeOutage + 30);
            broker.start();
            awaitAtLeast(acknowledged, acknowledged.size() + 30);
        } finally {
            recording.set(false);
            recorder.join();
        }

        assertThat(refusals).as("no request was refused during the outage").isEmpty();
        Map<String, Set<UUID>> reportedEventIds = reportedEventIdsByEpisode(acknowledged);
        assertThat(reportedEventIds.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(reportedEventIds.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        awaitOutboxEmpty(service);
        service.close();
    }

    @Test
    void reports_accepted_while_the_broker_is_down_are_published_after_the_service_restarts() throws Exception {
        ConfigurableApplicationContext service = startService();
        broker.stop();
        List<String> acknowledged = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api.Response r = api(service).post("/episodes", Reports.fromCare(Reports.uniqueLaId(), Reports.uniquePoliceReference()));
            assertThat(r.status()).isEqualTo(201);
            acknowledged.add(r.body().get("id").asString());
        }
        service.close();

        broker.start();
        ConfigurableApplicationContext restarted = startService();

        Map<String, Set<UUID>> reportedEventIds = reportedEventIdsByEpisode(acknowledged);
        assertThat(reportedEventIds.keySet()).containsAll(acknowledged);
        assertThat(reportedEventIds.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        awaitOutboxEmpty(restarted);
        restarted.close();
    }

    private static Map<String, Set<UUID>> reportedEventIdsByEpisode(List<String> acknowledged) {
        try (TopicReader topic = new TopicReader(broker.bootstrapServers())) {
            List<TopicReader.Event> events = topic.readUntil(all -> all.stream()
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

    private static void awaitOutboxEmpty(ConfigurableApplicationContext service) {
        MongoTemplate mongoTemplate = service.getBean(MongoTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                mongoTemplate.getCollection("episodes").countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
    }

    private static void awaitAtLeast(List<String> acknowledged, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= count);
    }
}
