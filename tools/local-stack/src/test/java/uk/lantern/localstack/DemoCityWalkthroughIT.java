package uk.lantern.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.localopenid.SignIn;

/**
 * Issue 19's "done when", walked through in the console against Lantern as {@code tools/lantern --demo} runs it, with
 * the demo city's year in it: a coordinator sees an alert arrive live and acknowledges it, then opens a child of the
 * demo city found with an adult another child was found with (the timeline and the network); a MACE member runs a
 * meeting for that child; a manager reads the figures and downloads both lists twice, getting the same files.
 *
 * <p>Not part of {@code ./mvnw verify}: it needs the stack already running with the demo city fed. Start it with
 * {@code tools/lantern --demo}, then, in another terminal, {@code tools/walkthrough}: it waits until the simulator says
 * it is going live (the year is fed). Screenshots go to {@code tools/local-stack/target/screenshots}.
 */
@EnabledIfSystemProperty(named = "lantern.walkthrough", matches = "true")
class DemoCityWalkthroughIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();

    @Test
    void a_coordinator_a_mace_member_and_a_manager_use_the_console_with_the_demo_city() throws Exception {
        LocalStack stack = new LocalStack(LocalStack.Settings.defaults(Path.of("../..").toAbsolutePath().normalize()));
        String correlation = stack.serviceUrl("correlation-service");
        String issuer = stack.issuer();
        Path simulatorLog = stack.logDir().resolve("simulator.log");
        System.out.println("Waiting for the demo city's year to be fed (" + simulatorLog + " says \"Going live\")...");
        Awaitility.await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(5)).until(() ->
                Files.exists(simulatorLog) && fedThisRun(Files.readString(simulatorLog)));

        // a child of the demo city whose alert says they were found with an adult or at a place other children were
        JsonNode shared = get(issuer, correlation + "/alerts?code=SHARED_ASSOCIATE&size=50");
        assertThat(shared.get("alerts")).as("the demo city is in: SHARED_ASSOCIATE alerts exist (is tools/lantern "
                + "--demo running and finished feeding the year?)").isNotEmpty();
        String childId = shared.get("alerts").get(0).get("childId").asString();
        JsonNode profile = get(issuer, correlation + "/children/" + childId);
        String givenName = profile.get("names").get(0).get("givenName").asString();
        List<String> associates = new ArrayList<>();
        get(issuer, correlation + "/children/" + childId + "/network").get("nodes").forEach(node -> {
            if ("ASSOCIATE".equals(node.get("type").asString()) && node.get("label") != null) {
                associates.add(node.get("label").asString());
            }
        });
        assertThat(associates).as("the adults " + givenName + " was found with").isNotEmpty();

        ConsoleJourneys console = new ConsoleJourneys(stack);
        console.anAlertArrivesLiveAndIsAcknowledged("Kai Brown", () -> {
            HttpResponse<String> reported = post(issuer, stack.serviceUrl("missing-episode-service") + "/episodes",
                    newEpisode());
            assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
            return JSON.readTree(reported.body()).get("id").asString();
        });
        console.aChildsPageShowsTheTimelineAndTheNetwork(childId, givenName, associates.get(0));
        console.aMaceMemberRunsAMeeting(childId, "Disruption notice served on the adult " + givenName + " was found with");
        console.aManagerSeesTheFiguresAndDownloadsBothListsTwice();
    }

    /** The log is appended to by every run: the year is fed when this run's simulator has said it is going live. */
    static boolean fedThisRun(String simulatorLog) {
        int started = simulatorLog.lastIndexOf("Lantern simulator: seed");
        return started >= 0 && simulatorLog.indexOf("Going live", started) > 0;
    }

    /** A child on a protection plan, reported missing by the police now: a need-to-know alert. */
    private static String newEpisode() {
        Instant lastSeen = Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"subject": {"localAuthorityPersonId": "LA-WALK-%d", "givenName": "Kai", "familyName": "Brown",
                             "dateOfBirth": "2012-09-14"},
                 "context": {"type": "MISSING_FROM_HOME"}, "category": "MISSING",
                 "lastSeen": {"at": "%s", "place": "Queensgate"},
                 "reportedBy": {"name": "PC Sarah Patel", "organisation": "Cambridgeshire Constabulary"},
                 "riskGrade": "HIGH", "childProtectionPlan": true, "lookedAfter": false}
                """.formatted(System.currentTimeMillis() % 1_000_000, lastSeen);
    }

    private JsonNode get(String issuer, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token(issuer, "coordinator")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    private HttpResponse<String> post(String issuer, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token(issuer, "recorder"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private String token(String issuer, String person) {
        return tokens.computeIfAbsent(person, p -> new SignIn(issuer).token(p, LocalStack.demoPassword()).value());
    }
}
