package uk.lantern.correlation.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.correlation.support.Correlated.addedToCme;
import static uk.lantern.correlation.support.Correlated.reported;
import static uk.lantern.correlation.support.Correlated.returned;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.stream.CorrelationTopology;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.Feed;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.RawTopicReader;

/**
 * The whole service: source events, encoded as the source services encode them, go onto the source topics; the
 * topology resolves the child, raises and clears alerts and publishes the profile; the projections store them; the
 * API serves them. Run on the embedded broker and store, and again on real Kafka and MongoDB images where Docker
 * exists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class CorrelationBehaviour {

    static final Duration WAIT = Duration.ofSeconds(90);
    static Feed feed;

    @LocalServerPort
    int port;

    abstract String bootstrapServers();

    @AfterAll
    static void close() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    Feed feed() {
        if (feed == null) {
            feed = new Feed(bootstrapServers());
        }
        return feed;
    }

    Api api() {
        return new Api(port).as("coordinator");
    }

    /**
     * A child no other test's child resembles: besides the NHS number, the family name and date of birth differ
     * from run to run, so probabilistic matching never joins two tests' children.
     */
    static Subject child(String nhs, String upn) {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        String[] families = {"Okafor", "Nowak", "Brennan", "Achterberg", "Szabo", "Lindqvist", "Mbeki", "Castellano"};
        return new Subject(null, nhs, upn, null, "Amelia", families[random.nextInt(families.length)] + "-"
                + Long.toString(random.nextLong(1L << 40), 36).replaceAll("[0-9]", "x"),
                LocalDate.of(2008, 1, 1).plusDays(random.nextInt(3000)), Subject.Sex.FEMALE, "PE1 2AB");
    }

    String childHolding(String identifier) {
        Awaitility.await().atMost(WAIT).until(() -> api().get("/children?identifier=" + identifier).body().size() == 1);
        return api().get("/children?identifier=" + identifier).body().get(0).path("childId").asString();
    }

    @Test
    void a_looked_after_child_reported_missing_raises_need_to_know_and_the_return_clears_it() {
        String nhs = Correlated.uniqueNhsNumber();
        Subject amelia = child(nhs, null);
        String episode = "ep-" + UUID.randomUUID();
        Instant reportedAt = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);

        feed().send(Topics.MISSING_EPISODES.name(), "nhs:" + nhs, reported(amelia, episode, reportedAt));
        feed().send(Topics.MISSING_EPISODES.name(), "nhs:" + nhs, Correlated.needToKnow(amelia, episode, reportedAt));

        String childId = childHolding("nhs:" + nhs);
        Awaitility.await().atMost(WAIT).until(() -> api().get("/alerts?code=NEED_TO_KNOW&childId=" + childId).body()
                .path("alerts").size() == 1);
        JsonNode alert = api().get("/alerts?code=NEED_TO_KNOW&childId=" + childId).body().path("alerts").get(0);
        assertThat(alert.path("status").asString()).isEqualTo("OPEN");
        assertThat(alert.path("severity").asString()).isEqualTo("URGENT");
        assertThat(api().get("/children/" + childId).body().path("missingNow").asBoolean()).isTrue();

        feed().send(Topics.MISSING_EPISODES.name(), "nhs:" + nhs, returned(amelia, episode,
                reportedAt.plus(Duration.ofMinutes(20))));

        String alertId = alert.path("alertId").asString();
        Awaitility.await().atMost(WAIT).until(() -> "CLEARED".equals(api().get("/alerts/" + alertId).body()
                .path("status").asString()));
        Awaitility.await().atMost(WAIT).until(() -> !api().get("/children/" + childId).body().path("missingNow")
                .asBoolean());
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(api().get("/children/" + childId
                + "/chronology").body()).extracting(e -> e.path("eventType").asString())
                .containsSubsequence("EpisodeReported", "ChildReturned"));
    }

    @Test
    void records_from_two_sources_sharing_an_nhs_number_make_one_profile_with_one_chronology() {
        String nhs = Correlated.uniqueNhsNumber();
        String upn = "A" + nhs + "01";
        Instant reportedAt = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        Subject pupil = child(nhs, upn);
        Subject missing = new Subject(null, nhs, null, null, pupil.givenName(), pupil.familyName(),
                pupil.dateOfBirth(), pupil.sex(), pupil.postcode());
        feed().send(Topics.MISSING_EPISODES.name(), "nhs:" + nhs, reported(missing, "ep-" + UUID.randomUUID(),
                reportedAt));
        feed().send(Topics.CME_REGISTER.name(), "nhs:" + nhs, addedToCme(pupil, LocalDate.now().minusDays(1)));

        String childId = childHolding("nhs:" + nhs);
        Awaitility.await().atMost(WAIT).until(() -> api().get("/children/" + childId).body(),
                profile -> profile.path("records").size() == 2);
        assertThat(childHolding("upn:" + upn)).isEqualTo(childId);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(api().get("/children/" + childId
                + "/chronology").body()).extracting(e -> e.path("source").asString())
                .containsExactly("missing-episode-service", "cme-register-service"));
        Awaitility.await().atMost(WAIT).until(() -> api().get("/alerts?code=MISSING_AND_CME&childId=" + childId).body()
                .path("alerts").size() == 1);
    }

    @Test
    void a_message_the_topology_fails_on_is_dead_lettered_with_its_reason_and_the_next_child_is_still_alerted() {
        String poisoned = "child-" + UUID.randomUUID();
        feed().send(CorrelationTopology.CHILD_EVENTS, poisoned,
                "{\"kind\":\"NOT_A_KIND\"}".getBytes(StandardCharsets.UTF_8));
        String nhs = Correlated.uniqueNhsNumber();
        String episode = "ep-" + UUID.randomUUID();
        Instant reportedAt = Instant.now().minus(Duration.ofMinutes(5)).truncatedTo(ChronoUnit.SECONDS);
        feed().send(Topics.MISSING_EPISODES.name(), "nhs:" + nhs, reported(child(nhs, null), episode, reportedAt));
        feed().send(Topics.MISSING_EPISODES.name(), "nhs:" + nhs, Correlated.needToKnow(child(nhs, null), episode,
                reportedAt));

        try (var deadLetters = new RawTopicReader(bootstrapServers(), CorrelationTopology.DEAD_LETTERS)) {
            var dead = deadLetters.readUntil(all -> all.stream().anyMatch(r -> poisoned.equals(r.key())), WAIT)
                    .stream().filter(r -> poisoned.equals(r.key())).findFirst().orElseThrow();
            assertThat(dead.headers().get("x-exception-message"))
                    .startsWith("the child stage failed on this message: ");
            assertThat(dead.headers().get("lantern-source-topic")).isEqualTo(CorrelationTopology.CHILD_EVENTS);
        }
        String childId = childHolding("nhs:" + nhs);
        Awaitility.await().atMost(WAIT).until(() -> api().get("/alerts?code=NEED_TO_KNOW&childId=" + childId).body()
                .path("alerts").size() == 1);
        Awaitility.await().atMost(WAIT).untilAsserted(() -> assertThat(api().get("/actuator/prometheus").body()
                .asString()).containsPattern("dead_lettered_total\\{[^}]*stage=\"child\"[^}]*} 1\\.0\n"));
    }
}
