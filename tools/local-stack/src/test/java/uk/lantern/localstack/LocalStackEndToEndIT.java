package uk.lantern.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;

/**
 * A new user's first minutes, through the local stack exactly as {@code tools/lantern} runs it: record an episode over
 * HTTP, see its event with kcat (a client that is not Lantern's), check it against its published schema, stop the
 * stack, start it again and find the episode.
 */
class LocalStackEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void an_episode_recorded_over_http_is_on_the_topic_for_kcat_and_still_there_after_a_restart() throws Exception {
        Path root = Path.of(System.getProperty("lantern.root", "../..")).toAbsolutePath().normalize();
        LocalStack.Settings settings = new LocalStack.Settings(root, Files.createTempDirectory("lantern-e2e").resolve("data"),
                freePort(), freePort(), freePort(), freePort() - 8081,
                LocalStack.Settings.defaults(root).serviceJvmOptions());
        String laId = "LA-E2E" + System.nanoTime() % 1_000_000;
        String episodeId;

        try (LocalStack stack = new LocalStack(settings).start(Duration.ofSeconds(120))) {
            String service = stack.serviceUrl("missing-episode-service");
            HttpResponse<String> created = post(service + "/episodes", report(laId));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            episodeId = JSON.readTree(created.body()).get("id").asString();

            String line = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> kcatLineFor(stack.kafkaBootstrapServers(), episodeId), Optional::isPresent).orElseThrow();
            String[] keyAndValue = line.split("\t", 2);
            JsonNode event = JSON.readTree(keyAndValue[1]);

            assertThat(keyAndValue[0]).isEqualTo("la:" + laId);
            assertThat(event.get("eventType").asString()).isEqualTo("EpisodeReported");
            assertThat(new EventSchemas().violations(MissingEpisodeEventTypes.EPISODE_REPORTED, event)).isEmpty();
        }

        try (LocalStack again = new LocalStack(settings).start(Duration.ofSeconds(120))) {
            HttpResponse<String> read = http.send(HttpRequest.newBuilder(
                    URI.create(again.serviceUrl("missing-episode-service") + "/episodes/" + episodeId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(read.body()).at("/subject/localAuthorityPersonId").asString()).isEqualTo(laId);
        }
    }

    private Optional<String> kcatLineFor(String bootstrap, String episodeId) throws IOException, InterruptedException {
        Process kcat = new ProcessBuilder("kcat", "-b", bootstrap, "-C", "-t", "lantern.missing-episodes.v1",
                "-o", "beginning", "-e", "-q", "-f", "%k\\t%s\\n").redirectErrorStream(false).start();
        if (!kcat.waitFor(30, TimeUnit.SECONDS)) {
            kcat.destroyForcibly();
            return Optional.empty();
        }
        List<String> lines = new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        return lines.stream().filter(l -> l.contains("\"episodeId\":\"" + episodeId + "\"")).findFirst();
    }

    private HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String report(String laId) {
        Instant lastSeen = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"subject": {"localAuthorityPersonId": "%s", "givenName": "Amelia", "familyName": "Jones", "dateOfBirth": "2010-04-01"},
                 "context": {"type": "MISSING_FROM_HOME"}, "category": "MISSING",
                 "lastSeen": {"at": "%s", "place": "Queensgate"},
                 "reportedBy": {"name": "PC Sarah Patel", "organisation": "Cambridgeshire Constabulary"},
                 "riskGrade": "MEDIUM", "childProtectionPlan": false, "lookedAfter": false}
                """.formatted(laId, lastSeen);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
