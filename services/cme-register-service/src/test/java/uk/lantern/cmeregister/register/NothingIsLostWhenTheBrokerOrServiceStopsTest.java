package uk.lantern.cmeregister.register;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.cmeregister.support.Notifications.today;

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
import uk.lantern.cmeregister.CmeRegisterServiceApplication;
import uk.lantern.cmeregister.support.Api;
import uk.lantern.cmeregister.support.Notifications;
import uk.lantern.cmeregister.support.TopicReader;
import uk.lantern.localinfra.KafkaBroker;
import uk.lantern.localinfra.MongoStore;

/**
 * An acknowledged write reaches its topic exactly under one event id, whatever stops: the broker while requests
 * arrive, or the service itself while events wait for the broker.
 */
class NothingIsLostWhenTheBrokerOrServiceStopsTest {

    static KafkaBroker broker;
    static MongoStore mongo;

    @BeforeAll
    static void startInfrastructure() throws Exception {
        broker = new KafkaBroker(Files.createTempDirectory("lantern-cme-outage"), 0, 0);
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
        return new SpringApplicationBuilder(CmeRegisterServiceApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.mongodb.uri=" + mongo.connectionString() + "/cme-register",
                "--lantern.outbox.max-backoff=1s");
    }

    static Api api(ConfigurableApplicationContext service) {
        return new Api(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    /** Every acknowledged write: a new entry (201) or an enquiry logged on one (200). */
    record Acknowledged(String entryId, String eventType) {
    }

    @Test
    void every_notification_and_enquiry_acknowledged_while_the_broker_stops_and_starts_again_is_published_once() throws Exception {
        ConfigurableApplicationContext service = startService();
        Api api = api(service);
        List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        List<Integer> refusals = new CopyOnWriteArrayList<>();
        AtomicBoolean recording = new AtomicBoolean(true);
        Thread recorder = new Thread(() -> {
            while (recording.get()) {
                Api.Response added = api.post("/notifications",
                        Notifications.absent(Notifications.uniqueUpn(), "110123", today()));
                if (added.status() != 201) {
                    refusals.add(added.status());
                    continue;
                }
                String id = added.body().get("id").asString();
                acknowledged.add(new Acknowledged(id, "ChildAddedToRegister"));
                Api.Response enquiry = api.post("/register-entries/" + id + "/enquiries",
                        Notifications.enquiry("HOME_VISIT", false, today()));
                if (enquiry.status() == 200) {
                    acknowledged.add(new Acknowledged(id, "EnquiryLogged"));
                } else {
                    refusals.add(enquiry.status());
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
        Map<Acknowledged, Set<UUID>> published = publishedEventIds(acknowledged);
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(published.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        awaitOutboxEmpty(service);
        service.close();
    }

    @Test
    void notifications_accepted_while_the_broker_is_down_are_published_after_the_service_restarts() throws Exception {
        ConfigurableApplicationContext service = startService();
        broker.stop();
        List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api.Response r = api(service).post("/notifications",
                    Notifications.deletedFromRoll(Notifications.uniqueUpn(), "110123", today()));
            assertThat(r.status()).isEqualTo(201);
            acknowledged.add(new Acknowledged(r.body().get("id").asString(), "ChildAddedToRegister"));
        }
        service.close();

        broker.start();
        ConfigurableApplicationContext restarted = startService();

        Map<Acknowledged, Set<UUID>> published = publishedEventIds(acknowledged);
        assertThat(published.keySet()).containsAll(acknowledged);
        assertThat(published.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        awaitOutboxEmpty(restarted);
        restarted.close();
    }

    private static Map<Acknowledged, Set<UUID>> publishedEventIds(List<Acknowledged> acknowledged) {
        try (TopicReader topic = new TopicReader(broker.bootstrapServers())) {
            List<TopicReader.Event> events = topic.readUntil(all -> all.stream()
                    .map(NothingIsLostWhenTheBrokerOrServiceStopsTest::acknowledgement).collect(Collectors.toSet())
                    .containsAll(acknowledged), Duration.ofSeconds(90));
            Map<Acknowledged, Set<UUID>> byWrite = new ConcurrentHashMap<>();
            events.stream()
                    .filter(e -> acknowledged.contains(acknowledgement(e)))
                    .forEach(e -> byWrite.computeIfAbsent(acknowledgement(e), k -> ConcurrentHashMap.newKeySet())
                            .add(e.envelope().eventId()));
            return byWrite;
        }
    }

    private static Acknowledged acknowledgement(TopicReader.Event event) {
        return new Acknowledged(event.envelope().data().entryId(), event.envelope().eventType());
    }

    private static void awaitOutboxEmpty(ConfigurableApplicationContext service) {
        MongoTemplate mongoTemplate = service.getBean(MongoTemplate.class);
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> mongoTemplate.getCollection("register_entries")
                .countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0);
    }

    private static void awaitAtLeast(List<Acknowledged> acknowledged, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= count);
    }
}
