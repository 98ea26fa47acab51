package uk.lantern.correlation.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import uk.lantern.correlation.CorrelationApplication;
import uk.lantern.correlation.support.Feed;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Professional;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.testsupport.ServiceRun;
import uk.lantern.testsupport.StoppableInfra;

/**
 * Nothing is lost and nothing is counted twice when things stop: source events published while the correlation
 * service is down are correlated when it comes back (same state directory and member id), a broker outage while it
 * runs loses nothing, and every child's NEED_TO_KNOW alert is raised exactly once across all of it (read as a
 * consumer reading committed records would).
 */
class NothingIsLostWhenTheBrokerOrServiceStopsTest {

    @RegisterExtension
    static final StoppableInfra infra = new StoppableInfra("lantern-correlation-outage");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Professional PC = new Professional("PC Okafor", "officer", "Cambridgeshire Police");

    @Test
    void alerts_for_events_sent_across_a_service_restart_and_a_broker_outage_are_raised_exactly_once()
            throws Exception {
        Path stateDir = Files.createTempDirectory("correlation-outage-state");
        String instance = "outage-test-" + UUID.randomUUID();
        List<String> police = new ArrayList<>();

        ServiceRun first = start(stateDir, instance);
        send(police, 8);
        awaitAlerts(police);
        first.close();

        send(police, 8); // published while the correlation service is down
        ServiceRun second = start(stateDir, instance);
        awaitAlerts(police);

        infra.broker().stop();
        infra.broker().start();
        send(police, 8);
        Map<String, List<String>> raised = awaitAlerts(police);
        second.close();

        assertThat(raised).hasSize(24);
        raised.forEach((policeId, eventIds) -> assertThat(eventIds).as(policeId).hasSize(1));
    }

    private static ServiceRun start(Path stateDir, String instance) {
        return infra.startService(CorrelationApplication.class, "correlation",
                "--lantern.correlation.analyst-key=" + Base64.getEncoder().encodeToString(new byte[32]),
                "--lantern.correlation.state-dir=" + stateDir,
                "--lantern.correlation.instance-id=" + instance);
    }

    /** Children on a child protection plan reported missing: each must raise NEED_TO_KNOW once. */
    private static void send(List<String> police, int children) {
        try (Feed feed = new Feed(infra.broker().bootstrapServers())) {
            for (int i = 0; i < children; i++) {
                String policeId = "POL-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
                int n = police.size();
                var subject = new Subject(null, null, null, policeId, "Kid" + (char) ('a' + n % 26),
                        "Outage" + policeId.substring(4), LocalDate.of(2008 + n % 8, 1 + n % 12, 1 + n % 28),
                        Subject.Sex.MALE, null);
                Instant at = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
                var data = new EpisodeReported("ep-" + policeId, new EpisodeContext(
                        EpisodeContext.Type.MISSING_FROM_HOME, null, null, null), EpisodeReported.Category.MISSING,
                        new EpisodeReported.LastSeen(at, "home"), at, PC, "REF-" + policeId, RiskGrade.MEDIUM, true,
                        false);
                feed.send(Topics.MISSING_EPISODES.name(), subject.partitionKey().orElseThrow(),
                        Envelope.of(MissingEpisodeEventTypes.EPISODE_REPORTED, UUID.randomUUID(), at, at,
                                "missing-episode-service", subject, data));
                feed.send(Topics.MISSING_EPISODES.name(), subject.partitionKey().orElseThrow(),
                        Envelope.of(MissingEpisodeEventTypes.NEED_TO_KNOW_RAISED, UUID.randomUUID(), at, at,
                                "missing-episode-service", subject, new NeedToKnowRaised("ep-" + policeId,
                                        List.of(NeedToKnowRaised.Reason.CHILD_PROTECTION_PLAN), data.context(),
                                        RiskGrade.MEDIUM, at)));
                police.add(policeId);
            }
        }
    }

    /** NEED_TO_KNOW AlertRaised event ids by police id, once every child has at least one. */
    private static Map<String, List<String>> awaitAlerts(List<String> police) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infra.broker().bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "outage-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, List<String>> raised = new HashMap<>();
        try (var consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.ALERTS.name()));
            Awaitility.await().atMost(Duration.ofSeconds(180)).pollInterval(Duration.ofMillis(200)).until(() -> {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    String policeId = event.path("subject").path("policePersonId").asString();
                    if (event.path("eventType").asString().equals("AlertRaised")
                            && event.path("data").path("code").asString().equals("NEED_TO_KNOW")) {
                        raised.computeIfAbsent(policeId, k -> new ArrayList<>())
                                .add(event.path("eventId").asString());
                    }
                }
                return raised.keySet().containsAll(new HashSet<>(police));
            });
            // Anything raised twice would be in by now: read on a little after the last expected one.
            Instant until = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(until)) {
                for (var record : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode event = JSON.readTree(record.value());
                    if (event.path("eventType").asString().equals("AlertRaised")
                            && event.path("data").path("code").asString().equals("NEED_TO_KNOW")) {
                        raised.computeIfAbsent(event.path("subject").path("policePersonId").asString(),
                                k -> new ArrayList<>()).add(event.path("eventId").asString());
                    }
                }
            }
        }
        Set<String> expected = new HashSet<>(police);
        raised.keySet().retainAll(expected);
        return raised;
    }
}
