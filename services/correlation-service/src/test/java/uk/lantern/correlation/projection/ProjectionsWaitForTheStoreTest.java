package uk.lantern.correlation.projection;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.Feed;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.localinfra.MongoStore;
import uk.lantern.schemas.correlation.CorrelationTopics;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.RawTopicReader;

/**
 * The store stopped while alerts and profiles arrive: the projections wait for it and write them when it is back,
 * rather than giving up on them (to the dead-letter topic, where no coordinator would see the alert). Only what
 * cannot be read goes to the dead-letter topic, at once.
 */
@WithoutTopology
class ProjectionsWaitForTheStoreTest {

    /** How long the store stays away: several of the projection's tries (1 s, then 2 s, ...) fail meanwhile. */
    static final Duration STORE_AWAY = Duration.ofSeconds(6);

    /** This class's own store, so stopping it stops no other test's. */
    static final MongoStore STORE = MongoStore.inMemory(0);

    static {
        STORE.start();
    }

    @Autowired
    MongoTemplate mongo;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        // Fail fast while the store is away, so the test sees the projection's handling of the failure.
        registry.add("spring.mongodb.uri", () -> STORE.connectionString()
                + "/correlation?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000");
    }

    @AfterAll
    static void stop() {
        STORE.stop();
    }

    @Test
    void an_alert_and_a_profile_that_arrive_while_the_store_is_down_are_written_when_it_is_back() throws Exception {
        String child = Correlated.uniqueChildId();
        String alertId = UUID.randomUUID().toString();
        Instant at = WithoutTopology.START.minusSeconds(10);

        // The projections are reading (their consumers assigned and polling) before the store goes.
        String earlier = Correlated.uniqueChildId();
        try (Feed feed = new Feed(EmbeddedInfra.broker().bootstrapServers())) {
            feed.send(CorrelationTopics.CHILD_PROFILES.name(), Correlated.profile(earlier, 1,
                    Correlated.uniqueNhsNumber()));
            feed.send(CorrelationTopics.ALERTS.name(), earlier,
                    Correlated.raised(UUID.randomUUID().toString(), "RHI_OVERDUE", "HIGH", earlier, at));
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() ->
                mongo.getCollection("profiles").find(new Document("_id", earlier)).first() != null
                        && mongo.getCollection("alerts").find(new Document("childId", earlier)).first() != null);

        STORE.stop();
        try (Feed feed = new Feed(EmbeddedInfra.broker().bootstrapServers())) {
            feed.send(CorrelationTopics.ALERTS.name(), child,
                    Correlated.raised(alertId, "NEED_TO_KNOW", "URGENT", child, at));
            feed.send(CorrelationTopics.CHILD_PROFILES.name(), Correlated.profile(child, 1,
                    Correlated.uniqueNhsNumber()));
        }
        Thread.sleep(STORE_AWAY.toMillis()); // the outage itself, the test's input: long enough for several tries
        STORE.start();

        Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500)).until(() ->
                mongo.getCollection("alerts").find(new Document("_id", alertId)).first() != null
                        && mongo.getCollection("profiles").find(new Document("_id", child)).first() != null);

        // What cannot be read still goes to the dead-letter topic at once; the alert above never did.
        String unreadable = child + "-unreadable";
        try (Feed feed = new Feed(EmbeddedInfra.broker().bootstrapServers())) {
            feed.send(CorrelationTopics.ALERTS.name(), unreadable, "not an alert".getBytes(StandardCharsets.UTF_8));
        }
        String dlt = CorrelationTopics.ALERTS.name() + ".projection-dlt";
        try (var reader = new RawTopicReader(EmbeddedInfra.broker().bootstrapServers(), dlt)) {
            var deadLetters = reader.readUntil(all -> all.stream().anyMatch(r -> unreadable.equals(r.key())),
                    Duration.ofSeconds(60));
            assertThat(deadLetters).as("nothing given up while the store was away")
                    .noneMatch(r -> child.equals(r.key()));
        }
    }
}
