package uk.lantern.missingepisode.episode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.lantern.localinfra.KafkaBroker;
import uk.lantern.localinfra.KafkaCredentials;
import uk.lantern.missingepisode.MissingEpisodeServiceApplication;
import uk.lantern.missingepisode.support.Reports;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.access.KafkaPrincipals;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.ServiceRun;
import uk.lantern.testsupport.TopicReader;

/**
 * The service as production runs it on a broker with SASL/SCRAM and ACLs on: it knows only its own principal
 * ({@code lantern-missing-episodes}) and password, and its event still reaches its topic, read back by the admin.
 * The other suites run on the plaintext embedded broker; this one has its own secured broker.
 */
class PublishesOnASecuredBrokerTest {

    private static final KafkaCredentials CREDENTIALS = KafkaCredentials.random();
    private static KafkaBroker broker;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        broker = KafkaBroker.secured(Files.createTempDirectory("lantern-kafka-secured"), 0, 0, CREDENTIALS);
        broker.start();
    }

    @AfterAll
    static void stopBroker() {
        broker.stop();
    }

    @Test
    void theServiceRunsAsItsOwnPrincipalAndItsEventIsOnItsTopic() {
        String principal = KafkaPrincipals.MISSING_EPISODES.name();
        try (ServiceRun service = ServiceRun.start(MissingEpisodeServiceApplication.class, broker.bootstrapServers(),
                EmbeddedInfra.mongo().connectionString() + "/missing-episodes-secured",
                "--lantern.kafka.username=" + principal,
                "--lantern.kafka.password=" + CREDENTIALS.password(principal));
             TopicReader<MissingEpisodeEvent> topic = new TopicReader<>(broker.adminClientConfig(),
                     Topics.MISSING_EPISODES, MissingEpisodeEvent::episodeId)) {

            String episodeId = recordAnEpisode(service.api());

            List<TopicReader.Event<MissingEpisodeEvent>> events = topic.readUntil(
                    read -> read.stream().anyMatch(e -> e.recordId().equals(episodeId)), Duration.ofSeconds(30));
            assertThat(events).filteredOn(e -> e.recordId().equals(episodeId))
                    .extracting(e -> e.envelope().eventType()).contains("EpisodeReported");
            service.awaitOutboxEmpty("episodes");
        }
    }

    /** The one HTTP call of this test, by the police recorder. */
    private static String recordAnEpisode(Api api) {
        Api.Response created = api.as("recorder").post("/episodes",
                new Reports(Clock.systemUTC()).fromHome(Reports.uniqueLaId(), Reports.uniquePoliceReference(), "MEDIUM"));
        assertThat(created.status()).as("%s", created.body()).isEqualTo(201);
        return created.body().get("id").asString();
    }
}
