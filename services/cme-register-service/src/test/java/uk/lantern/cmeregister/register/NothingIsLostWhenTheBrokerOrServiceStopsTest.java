package uk.lantern.cmeregister.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
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
import uk.lantern.cmeregister.CmeRegisterServiceApplication;
import uk.lantern.cmeregister.support.Notifications;
import uk.lantern.schemas.cmeregister.CmeRegisterEvent;
import uk.lantern.schemas.cmeregister.CmeRegisterTopics;
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
    static final StoppableInfra infra = new StoppableInfra("lantern-cme-outage");

    static ServiceRun startService() {
        return infra.startService(CmeRegisterServiceApplication.class, "cme-register",
                "--lantern.outbox.max-backoff=1s");
    }

    /** Every acknowledged write: a new entry (201) or an enquiry logged on one (200). */
    record Acknowledged(String entryId, String eventType) {
    }

    @Test
    void every_notification_and_enquiry_acknowledged_while_the_broker_stops_and_starts_again_is_published_once() throws Exception {
        ServiceRun service = startService();
        Api api = service.api().as("cme");
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
        Map<Acknowledged, Set<UUID>> published = publishedEventIds(acknowledged);
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(acknowledged);
        assertThat(published.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        service.awaitOutboxEmpty("register_entries");
        service.close();
    }

    @Test
    void notifications_accepted_while_the_broker_is_down_are_published_after_the_service_restarts() throws Exception {
        ServiceRun service = startService();
        infra.broker().stop();
        List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 10; i++) {
            Api.Response r = service.api().as("cme").post("/notifications",
                    Notifications.deletedFromRoll(Notifications.uniqueUpn(), "110123", today()));
            assertThat(r.status()).isEqualTo(201);
            acknowledged.add(new Acknowledged(r.body().get("id").asString(), "ChildAddedToRegister"));
        }
        service.close();

        infra.broker().start();
        ServiceRun restarted = startService();

        Map<Acknowledged, Set<UUID>> published = publishedEventIds(acknowledged);
        assertThat(published.keySet()).containsAll(acknowledged);
        assertThat(published.values()).allSatisfy(ids -> assertThat(ids).hasSize(1));
        restarted.awaitOutboxEmpty("register_entries");
        restarted.close();
    }

    private static Map<Acknowledged, Set<UUID>> publishedEventIds(List<Acknowledged> acknowledged) {
        try (TopicReader<CmeRegisterEvent> topic = new TopicReader<>(infra.broker().bootstrapServers(),
                CmeRegisterTopics.CME_REGISTER, CmeRegisterEvent::entryId)) {
            List<TopicReader.Event<CmeRegisterEvent>> events = topic.readUntil(all -> all.stream()
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

    private static Acknowledged acknowledgement(TopicReader.Event<CmeRegisterEvent> event) {
        return new Acknowledged(event.envelope().data().entryId(), event.envelope().eventType());
    }

    private static void awaitAtLeast(List<Acknowledged> acknowledged, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> acknowledged.size() >= count);
    }

    /** The service started here runs on the system clock, so its today is the wall clock's. */
    private static LocalDate today() {
        return Notifications.today(Clock.systemUTC());
    }
}
