package uk.lantern.returninterview.interview;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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
import uk.lantern.returninterview.ReturnInterviewServiceApplication;
import uk.lantern.returninterview.support.Api;
import uk.lantern.returninterview.support.MissingEpisodeFeed;
import uk.lantern.returninterview.support.Requests;
import uk.lantern.returninterview.support.TopicReader;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.missingepisode.ChildReturned;

/**
 * An acknowledged write reaches its topic under exactly one event id, whatever stops: the broker while providers
 * record offers, or the service itself while events wait for the broker.
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
        return new SpringApplicationBuilder(ReturnInterviewServiceApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.mongodb.uri=" + mongo.connectionString() + "/return-interviews",
                "--lantern.outbox.max-backoff=1s",
                "--lantern.outbox.send-timeout=3s");
    }

    static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    /** Children return (through the missing-episode topic) and their cases open by themselves. */
    static List<String> openCases(Api api, int count) {
        List<String> ids = new ArrayList<>();
        try (MissingEpisodeFeed feed = new MissingEpisodeFeed(broker.bootstrapServers())) {
            for (int i = 0; i < count; i++) {
                Envelope<ChildReturned> event = MissingEpisodeFeed.childReturned(MissingEpisodeFeed.uniqueEpisodeId(),
                        MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId()), MissingEpisodeFeed.HOME,
                        Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS));
                feed.send(event);
                ids.add(event.data().episodeId());
            }
        }
        Awaitility.await().atMost(Duration.ofSeconds(60))
                .until(() -> ids.stream().allMatch(id -> api.get("/cases/" + id).status() == 200));
        return ids;
    }

    @Test
    void every_offer_acknowledged_while_the_broker_stops_and_starts_again_is_published_once() throws Exception {
        ConfigurableApplicationContext service = startService();
        Api api = api(service);
        List<String> cases = openCases(api, 10);
        Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        AtomicInteger total = new AtomicInteger();
        List<Integer> refusals = new CopyOnWriteArrayList<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        Thread recorder = new Thread(() -> {
            int i = 0;
            while (recording.get()) {
                String id = cases.get(i++ % cases.size());
                Api.Response r = api.post("/cases/" + id + "/offers", Requests.offer(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
                if (r.status() == 200) {
                    acknowledged.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet();
                    total.incrementAndGet();
                } else {
                    refusals.add(r.status());
                }
            }
        });
        recorder.start();
        try {
            awaitAtLeast(total, 30);
            broker.stop();
            awaitAtLeast(total, total.get() + 30);
            broker.start();
            awaitAtLeast(total, total.get() + 30);
        } finally {
            recording.set(false);
            recorder.join();
        }

        assertThat(refusals).as("no request was refused during the outage").isEmpty();
        Map<String, Set<UUID>> published = offerEventIdsByCase(acknowledged);
        acknowledged.forEach((id, count) -> assertThat(published.get(id)).as(id).hasSize(count.get()));
        awaitOutboxEmpty(service);
        service.close();
    }

    @Test
    void offers_accepted_while_the_broker_is_down_are_published_after_the_service_restarts() {
        ConfigurableApplicationContext service = startService();
        List<String> cases = openCases(api(service), 5);
        broker.stop();
        Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        for (String id : cases) {
            Api.Response r = api(service).post("/cases/" + id + "/offers", Requests.offer(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            assertThat(r.status()).isEqualTo(200);
            acknowledged.put(id, new AtomicInteger(1));
        }
        service.close();

        broker.start();
        ConfigurableApplicationContext restarted = startService();

        Map<String, Set<UUID>> published = offerEventIdsByCase(acknowledged);
        acknowledged.forEach((id, count) -> assertThat(published.get(id)).as(id).hasSize(1));
        awaitOutboxEmpty(restarted);
        restarted.close();
    }

    private static Map<String, Set<UUID>> offerEventIdsByCase(Map<String, AtomicInteger> acknowledged) {
        try (TopicReader<TopicReader.Event> topic = TopicReader.returnInterviews(broker.bootstrapServers())) {
            Map<String, Set<UUID>> byCase = new ConcurrentHashMap<>();
            topic.readUntil(all -> {
                byCase.clear();
                all.stream().filter(e -> e.envelope().eventType().equals("InterviewOffered"))
                        .filter(e -> acknowledged.containsKey(e.envelope().data().episodeId()))
                        .forEach(e -> byCase.computeIfAbsent(e.envelope().data().episodeId(),
                                k -> ConcurrentHashMap.newKeySet()).add(e.envelope().eventId()));
                return acknowledged.entrySet().stream().allMatch(a ->
                        byCase.getOrDefault(a.getKey(), Set.of()).size() >= a.getValue().get());
            }, Duration.ofSeconds(90));
            return byCase;
        }
    }

    private static void awaitOutboxEmpty(ConfigurableApplicationContext service) {
        MongoTemplate mongoTemplate = service.getBean(MongoTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() ->
                mongoTemplate.getCollection("cases").countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
    }

    private static void awaitAtLeast(AtomicInteger total, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> total.get() >= count);
    }
}
