package uk.lantern.returninterview.interview;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import uk.lantern.returninterview.ReturnInterviewServiceApplication;
import uk.lantern.returninterview.support.MissingEpisodeFeed;
import uk.lantern.returninterview.support.Requests;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewTopics;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.ServiceRun;
import uk.lantern.testsupport.StoppableInfra;
import uk.lantern.testsupport.TopicReader;

/**
 * An acknowledged write reaches its topic under exactly one event id, whatever stops: the broker while providers
 * record offers, or the service itself while events wait for the broker.
 */
class NothingIsLostWhenTheBrokerOrServiceStopsTest {

    @RegisterExtension
    static final StoppableInfra infra = new StoppableInfra("lantern-outage");

    static ServiceRun startService() {
        return infra.startService(ReturnInterviewServiceApplication.class, "return-interviews",
                "--lantern.outbox.max-backoff=1s",
                "--lantern.outbox.send-timeout=3s");
    }

    /** Children return (through the missing-episode topic) and their cases open by themselves. */
    static List<String> openCases(Api api, int count) {
        List<String> ids = new ArrayList<>();
        try (MissingEpisodeFeed feed = new MissingEpisodeFeed(infra.broker().bootstrapServers())) {
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
        ServiceRun service = startService();
        Api api = service.api().as("provider");
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
            infra.broker().stop();
            awaitAtLeast(total, total.get() + 30);
            infra.broker().start();
            awaitAtLeast(total, total.get() + 30);
        } finally {
            recording.set(false);
            recorder.join();
        }

        assertThat(refusals).as("no request was refused during the outage").isEmpty();
        Map<String, Set<UUID>> published = offerEventIdsByCase(acknowledged);
        acknowledged.forEach((id, count) -> assertThat(published.get(id)).as(id).hasSize(count.get()));
        service.awaitOutboxEmpty("cases");
        service.close();
    }

    @Test
    void offers_accepted_while_the_broker_is_down_are_published_after_the_service_restarts() {
        ServiceRun service = startService();
        List<String> cases = openCases(service.api().as("provider"), 5);
        infra.broker().stop();
        Map<String, AtomicInteger> acknowledged = new ConcurrentHashMap<>();
        for (String id : cases) {
            Api.Response r = service.api().as("provider").post("/cases/" + id + "/offers", Requests.offer(Instant.now().truncatedTo(ChronoUnit.SECONDS)));
            assertThat(r.status()).isEqualTo(200);
            acknowledged.put(id, new AtomicInteger(1));
        }
        service.close();

        infra.broker().start();
        ServiceRun restarted = startService();

        Map<String, Set<UUID>> published = offerEventIdsByCase(acknowledged);
        acknowledged.forEach((id, count) -> assertThat(published.get(id)).as(id).hasSize(1));
        restarted.awaitOutboxEmpty("cases");
        restarted.close();
    }

    @Test
    void a_child_who_returns_while_the_store_is_down_gets_a_case_when_it_is_back() throws Exception {
        // Fail fast while the store is away, so each try of the consumer meets the failure.
        ServiceRun service = ServiceRun.start(ReturnInterviewServiceApplication.class,
                infra.broker().bootstrapServers(),
                infra.mongo().connectionString() + "/return-interviews?serverSelectionTimeoutMS=1000",
                "--lantern.outbox.max-backoff=1s", "--lantern.outbox.send-timeout=3s");
        openCases(service.api().as("provider"), 1); // the consumer is assigned and reading
        infra.mongo().stop();
        String episodeId = MissingEpisodeFeed.uniqueEpisodeId();
        try (MissingEpisodeFeed feed = new MissingEpisodeFeed(infra.broker().bootstrapServers())) {
            feed.send(MissingEpisodeFeed.childReturned(episodeId,
                    MissingEpisodeFeed.child(MissingEpisodeFeed.uniqueLaId()), MissingEpisodeFeed.HOME,
                    Instant.now().minus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS)));
        }
        Thread.sleep(Duration.ofSeconds(6).toMillis()); // the outage itself, the test's input: several tries fail
        infra.mongo().start();

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .until(() -> service.api().as("provider").get("/cases/" + episodeId).status() == 200);
        service.close();
    }

    private static Map<String, Set<UUID>> offerEventIdsByCase(Map<String, AtomicInteger> acknowledged) {
        try (TopicReader<ReturnInterviewEvent> topic = new TopicReader<>(infra.broker().bootstrapServers(),
                ReturnInterviewTopics.RETURN_INTERVIEWS, ReturnInterviewEvent::episodeId)) {
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

    private static void awaitAtLeast(AtomicInteger total, int count) {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> total.get() >= count);
    }
}
