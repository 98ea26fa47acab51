package uk.lantern.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import uk.lantern.localopenid.SignIn;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.schemas.EventSchemas;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.mace.MaceTopics;

/**
 * A new user's first minutes, through the local stack exactly as {@code tools/lantern} runs it: write to each
 * recording service over HTTP, see each event with kcat (a client that is not Lantern's) and check it against its
 * published schema; see the return interview case open by itself after a return; take the child through three MACE
 * meetings (an action drifts, is challenged and is done; the social worker's outcome read back with kcat); stop the
 * stack, start it again and find everything.
 */
class LocalStackEndToEndIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Seven services on a machine shared with other builds: 180 s was seen to run out (-Dlantern.e2e.start-timeout=). */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("lantern.e2e.start-timeout", 300));
    private final HttpClient http = HttpClient.newHttpClient();
    private final EventSchemas schemas = new EventSchemas();
    private final java.util.Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
    private String issuer;

    @Test
    void what_is_recorded_over_http_reaches_kcat_under_its_schema_and_survives_a_restart() throws Exception {
        Path root = Path.of(System.getProperty("lantern.root", "../..")).toAbsolutePath().normalize();
        LocalStack.Settings settings = new LocalStack.Settings(root, Files.createTempDirectory("lantern-e2e").resolve("data"),
                freePort(), freePort(), freePort(), freeServicePortOffset(),
                LocalStack.Settings.defaults(root).serviceJvmOptions());
        String laId = "LA-E2E" + System.nanoTime() % 1_000_000;
        String episodeId;
        String registerEntryId;
        String concernId;
        String childId;

        LocalStack stack = new LocalStack(settings);
        try (stack) { // closed even when it does not start in time: no service left running
            stack.start(START_TIMEOUT);
            String bootstrap = stack.kafkaBootstrapServers();
            issuer = stack.issuer();
            everyServiceRefusesNobody(stack);
            kcatConfig = stack.kcatConfig("lantern-admin");

            HttpResponse<String> reported = post(stack.serviceUrl("missing-episode-service") + "/episodes", episode(laId));
            assertThat(reported.statusCode()).as(reported.body()).isEqualTo(201);
            episodeId = JSON.readTree(reported.body()).get("id").asString();
            JsonNode episodeReported = eventOnTopic(bootstrap, Topics.MISSING_EPISODES, "EpisodeReported", episodeId);
            assertThat(episodeReported.get("subject").get("localAuthorityPersonId").asString()).isEqualTo(laId);

            HttpResponse<String> returned = post(stack.serviceUrl("missing-episode-service") + "/episodes/" + episodeId
                    + "/return", childReturned());
            assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
            String interviews = stack.serviceUrl("return-interview-service");
            HttpResponse<String> openedCase = Awaitility.await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> get(interviews + "/cases/" + episodeId), r -> r.statusCode() == 200);
            assertThat(JSON.readTree(openedCase.body()).toString()).contains("brightpath");
            eventOnTopic(bootstrap, Topics.RETURN_INTERVIEWS, "InterviewCaseOpened", episodeId);

            HttpResponse<String> notified = post(stack.serviceUrl("cme-register-service") + "/notifications", notification(laId));
            assertThat(notified.statusCode()).as(notified.body()).isEqualTo(201);
            registerEntryId = JSON.readTree(notified.body()).get("id").asString();
            eventOnTopic(bootstrap, Topics.CME_REGISTER, "ChildAddedToRegister", registerEntryId);

            HttpResponse<String> concern = post(stack.serviceUrl("cse-risk-service") + "/concerns", concern(laId));
            assertThat(concern.statusCode()).as(concern.body()).isEqualTo(201);
            concernId = JSON.readTree(concern.body()).get("id").asString();
            eventOnTopic(bootstrap, Topics.EXPLOITATION_RISK, "ConcernRaised", concernId);

            // The correlation service joined the four sources: one child, and the pattern that needs two of them.
            JsonNode alert = eventOnTopic(bootstrap, Topics.ALERTS, "AlertRaised", laId, "\"MISSING_AND_CME\"");
            childId = alert.get("data").get("childId").asString();
            String correlation = stack.serviceUrl("correlation-service");
            JsonNode profile = Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> json(get(correlation + "/children/" + childId)),
                            p -> p != null && p.get("openFlags").toString().contains("MISSING_AND_CME"));
            assertThat(profile.get("missingNow").asBoolean()).isFalse();
            assertThat(profile.get("cme").get("status").asString()).isEqualTo("ON_REGISTER");
            JsonNode found = json(get(correlation + "/children?identifier=la:" + laId));
            assertThat(found.toString()).contains(childId);
            // The chronology: the events of the records the profile lists, from all four sources.
            JsonNode chronology = Awaitility.await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(500))
                    .until(() -> json(get(correlation + "/children/" + childId + "/chronology")),
                            c -> c != null && c.size() >= 5);
            assertThat(chronology.toString()).contains("EpisodeReported", "ChildReturned", "InterviewCaseOpened",
                    "ChildAddedToRegister", "ConcernRaised");
            JsonNode network = json(get(correlation + "/children/" + childId + "/network"));
            assertThat(network.toString()).contains("ASSOCIATE", "PLACE");
            JsonNode alerts = Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> json(get(correlation + "/alerts?code=MISSING_AND_CME&childId=" + childId)),
                            a -> a != null && a.toString().contains(childId));
            assertThat(alerts.toString()).contains("OPEN");

            String secondMeeting = maceOverThreeMeetings(stack, bootstrap, childId);

            // issue 19: the same, as people see it in the console, in a real browser
            ConsoleJourneys console = new ConsoleJourneys(stack);
            console.anAlertArrivesLiveAndIsAcknowledged("Kai Brown", () -> {
                HttpResponse<String> missing = post(stack.serviceUrl("missing-episode-service") + "/episodes",
                        episode("LA-E2E-LIVE" + System.nanoTime() % 1_000_000).replace("\"childProtectionPlan\": false",
                                "\"childProtectionPlan\": true").replace("\"givenName\": \"Amelia\", \"familyName\": \"Jones\", "
                                + "\"dateOfBirth\": \"2010-04-01\"", "\"givenName\": \"Kai\", \"familyName\": \"Brown\", "
                                + "\"dateOfBirth\": \"2012-09-14\""));
                assertThat(missing.statusCode()).as(missing.body()).isEqualTo(201);
                return JSON.readTree(missing.body()).get("id").asString();
            });
            console.aMaceActionIsShownDriftingAtTheNextMeeting(secondMeeting,
                    "Strategy discussion with the police exploitation team");
            console.aMaceMemberRunsAMeeting(childId, "Disruption notice served on the adult seen with the child");
            console.aManagerSeesTheFiguresAndDownloadsBothListsTwice();
            // the four records share the local authority's person id, and the page says so beside each
            console.aChildsPageShowsTheTimelineAndTheNetwork(childId, "Amelia", "Dean", "Why it is part of this child",
                    "Both records hold the");
        }

        LocalStack again = new LocalStack(settings);
        try (again) {
            again.start(START_TIMEOUT);
            tokens.clear(); // the provider signs with a new key after a restart
            assertThat(get(again.serviceUrl("missing-episode-service") + "/episodes/" + episodeId).statusCode()).isEqualTo(200);
            assertThat(get(again.serviceUrl("return-interview-service") + "/cases/" + episodeId).statusCode()).isEqualTo(200);
            assertThat(get(again.serviceUrl("cme-register-service") + "/register-entries/" + registerEntryId).statusCode())
                    .isEqualTo(200);
            assertThat(get(again.serviceUrl("cse-risk-service") + "/concerns/" + concernId).statusCode()).isEqualTo(200);
            assertThat(get(again.serviceUrl("correlation-service") + "/children/" + childId).statusCode())
                    .isEqualTo(200);
            assertThat(json(get(again.serviceUrl("correlation-service") + "/children/" + childId + "/chronology")))
                    .as("the chronology after the restart").hasSizeGreaterThanOrEqualTo(5);
        }
    }

    /**
     * Issue 18's scenario, as the {@code mace} demo person, on the real clock: meeting 1 four weeks ago nominates the
     * child, opens with its agenda fixed, records the decision and an action due two weeks ago (before meeting 2, a
     * week ago) and closes; meeting 2 flags the action as drifting (on the agenda, and DriftFlagged on the topic);
     * the action is done with evidence; meeting 3, today, no longer flags it. The social worker's OutcomeShared is
     * read back with kcat and checked against its schema.
     */
    private String maceOverThreeMeetings(LocalStack stack, String bootstrap, String childId) throws Exception {
        maceUrl = stack.serviceUrl("mace-service");
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/London"));
        LocalDate first = today.minusDays(28);
        LocalDate due = today.minusDays(14);
        String attendees = """
                {"attendees": [{"name": "Sergeant Lee Ford", "agency": "POLICE"}, {"name": "Sam Okafor", "agency": "SOCIAL_CARE"},
                               {"name": "Ms Reid", "agency": "EDUCATION"}]}""";

        // meeting 1: the child nominated (once the service has the child's profile), the agenda fixed at opening
        String m1 = maceMeeting(first);
        HttpResponse<String> nominated = Awaitility.await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> post(maceUrl + "/meetings/" + m1 + "/nominations", """
                        {"childId": "%s", "agency": "EDUCATION", "reason": "Seen getting into a car with an older man after school"}
                        """.formatted(childId)), r -> r.statusCode() != 422);
        assertThat(nominated.statusCode()).as(nominated.body()).isEqualTo(200);
        HttpResponse<String> opened1 = post(maceUrl + "/meetings/" + m1 + "/opening", attendees);
        assertThat(opened1.statusCode()).as(opened1.body()).isEqualTo(200);
        JsonNode entry1 = agendaEntry(JSON.readTree(opened1.body()), childId);
        assertThat(entry1.get("reasons").toString()).contains("NOMINATED");
        assertThat(entry1.get("why").toString()).contains("Seen getting into a car");
        HttpResponse<String> discussed = post(maceUrl + "/meetings/" + m1 + "/discussions", """
                {"childId": "%s", "agreedCategory": "MODERATE", "decision": "Strategy discussion; school to share attendance daily",
                 "allocatedWorker": {"name": "Sam Okafor", "team": "Children in Need 1"},
                 "actions": [{"what": "Strategy discussion with the police exploitation team",
                              "owner": {"name": "Sam Okafor", "agency": "SOCIAL_CARE"}, "dueOn": "%s"}]}
                """.formatted(childId, due));
        assertThat(discussed.statusCode()).as(discussed.body()).isEqualTo(200);
        String action = JSON.readTree(discussed.body()).get("actionsAgreed").get(0).get("id").asString();
        HttpResponse<String> closed1 = post(maceUrl + "/meetings/" + m1 + "/closure", "{}");
        assertThat(closed1.statusCode()).as(closed1.body()).isEqualTo(200);

        // the social worker's outcome, read back with kcat under its published schema
        JsonNode outcome = eventOnTopic(bootstrap, MaceTopics.MACE, "OutcomeShared", m1, childId);
        assertThat(outcome.get("data").get("addressedTo").get("name").asString()).isEqualTo("Sam Okafor");
        assertThat(outcome.get("data").get("addressedTo").get("team").asString()).isEqualTo("Children in Need 1");
        assertThat(outcome.get("data").get("decision").asString()).startsWith("Strategy discussion");
        assertThat(outcome.get("data").get("actions").get(0).get("actionId").asString()).isEqualTo(action);
        assertThat(outcome.get("data").get("actions").get(0).get("dueOn").asString()).isEqualTo(due.toString());

        // meeting 2: the action not done is drifting: flagged on the agenda and raised to the chair on the topic
        String m2 = maceMeeting(today.minusDays(7));
        HttpResponse<String> opened2 = post(maceUrl + "/meetings/" + m2 + "/opening", attendees);
        assertThat(opened2.statusCode()).as(opened2.body()).isEqualTo(200);
        JsonNode entry2 = agendaEntry(JSON.readTree(opened2.body()), childId);
        assertThat(entry2.get("reasons").toString()).contains("ACTION_DUE");
        assertThat(entry2.get("drift").toString()).contains("ACTION_OVERDUE", "7 days overdue");
        JsonNode drift = eventOnTopic(bootstrap, MaceTopics.MACE, "DriftFlagged", m2, action);
        assertThat(drift.get("data").get("drift").asString()).isEqualTo("ACTION_OVERDUE");
        assertThat(drift.get("data").get("chair").get("name").asString()).isEqualTo("Sergeant Lee Ford");
        HttpResponse<String> challenged = post(maceUrl + "/meetings/" + m2 + "/discussions", """
                {"childId": "%s", "agreedCategory": "MODERATE", "decision": "Chair challenged the overdue strategy discussion",
                 "allocatedWorker": {"name": "Sam Okafor", "team": "Children in Need 1"}}
                """.formatted(childId));
        assertThat(challenged.statusCode()).as(challenged.body()).isEqualTo(200);
        assertThat(post(maceUrl + "/meetings/" + m2 + "/closure", "{}").statusCode()).isEqualTo(200);

        // the action done, with evidence
        HttpResponse<String> done = post(maceUrl + "/actions/" + action + "/completion", """
                {"evidence": "Strategy discussion held; the plan is on the child's file", "doneOn": "%s"}
                """.formatted(today.minusDays(3)));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        eventOnTopic(bootstrap, MaceTopics.MACE, "ActionDone", action);

        // meeting 3: the child is back (nominated again) but the action no longer drifts
        String m3 = maceMeeting(today);
        assertThat(post(maceUrl + "/meetings/" + m3 + "/nominations", """
                {"childId": "%s", "agency": "POLICE", "reason": "Still seen with the same adult"}
                """.formatted(childId)).statusCode()).isEqualTo(200);
        HttpResponse<String> opened3 = post(maceUrl + "/meetings/" + m3 + "/opening", attendees);
        assertThat(opened3.statusCode()).as(opened3.body()).isEqualTo(200);
        JsonNode entry3 = agendaEntry(JSON.readTree(opened3.body()), childId);
        assertThat(entry3.get("reasons").toString()).contains("NOMINATED").doesNotContain("ACTION_DUE");
        assertThat(entry3.get("drift").toString()).doesNotContain("ACTION_OVERDUE", "ACTION_CARRIED_OVER");
        assertThat(entry3.get("actions")).isEmpty();

        // the minutes open, as a PDF
        HttpResponse<byte[]> minutes = http.send(HttpRequest.newBuilder(URI.create(maceUrl + "/meetings/" + m1
                        + "/minutes.pdf")).header("Authorization", "Bearer " + tokenFor(maceUrl)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(minutes.statusCode()).isEqualTo(200);
        assertThat(new String(minutes.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        return m2;
    }

    private String maceMeeting(LocalDate heldOn) throws IOException, InterruptedException {
        HttpResponse<String> scheduled = post(maceUrl + "/meetings", """
                {"heldOn": "%s", "chair": {"name": "Sergeant Lee Ford", "agency": "POLICE"}}""".formatted(heldOn));
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        return JSON.readTree(scheduled.body()).get("id").asString();
    }

    private static JsonNode agendaEntry(JsonNode meeting, String childId) {
        for (JsonNode entry : meeting.get("meeting").get("agenda")) {
            if (entry.get("childId").asString().equals(childId)) {
                return entry;
            }
        }
        throw new AssertionError("the child " + childId + " is not on the agenda: " + meeting);
    }

    /** mace-service's address in this stack: its calls are the MACE member's. */
    private String maceUrl = "-";

    /** The admin's kcat configuration, written by the stack (the broker is secured). */
    private java.nio.file.Path kcatConfig;

    /** Reads the topic with kcat until the event about {@code recordId} appears, and checks it against its schema. */
    private JsonNode eventOnTopic(String bootstrap, Topic<?> topic, String eventType, String... needles) {
        String line = Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1))
                .until(() -> kcatLine(bootstrap, topic.name(), eventType, needles), Optional::isPresent).orElseThrow();
        JsonNode event = JSON.readTree(line.split("\t", 2)[1]);
        EventType<?> type = topic.eventType(eventType, event.get("schemaVersion").asInt()).orElseThrow();
        assertThat(schemas.violations(type, event)).as(eventType + " against " + type.schemaPath()).isEmpty();
        return event;
    }

    private Optional<String> kcatLine(String bootstrap, String topic, String eventType, String... needles)
            throws IOException, InterruptedException {
        // The broker is secured: kcat reads as the admin, with the stack's own kcat configuration (SASL/SCRAM).
        Process kcat = new ProcessBuilder("kcat", "-F", kcatConfig.toString(),
                "-b", bootstrap, "-C", "-t", topic,
                "-o", "beginning", "-e", "-q", "-f", "%k\\t%s\\n").redirectErrorStream(false).start();
        if (!kcat.waitFor(30, TimeUnit.SECONDS)) {
            kcat.destroyForcibly();
            return Optional.empty();
        }
        List<String> lines = new String(kcat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        return lines.stream()
                .filter(l -> l.contains("\"eventType\":\"" + eventType + "\""))
                .filter(l -> java.util.Arrays.stream(needles).allMatch(n -> l.contains(n.startsWith("\"") ? n
                        : "\"" + n + "\"")))
                .findFirst();
    }

    private HttpResponse<String> post(String url, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + tokenFor(url))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The demo person whose work the call is: the MACE member, the recorder, the CME officer, the assessor, or the coordinator. */
    private String tokenFor(String url) {
        String person = url.startsWith(maceUrl) ? "mace" : url.contains("/episodes") ? "recorder" : url.contains("/notifications")
                || url.contains("/register-entries") ? "cme" : url.contains("/concerns") ? "assessor" : "coordinator";
        return tokens.computeIfAbsent(issuer + " " + person,
                key -> new SignIn(issuer).token(person, LocalStack.demoPassword()).value());
    }

    private void everyServiceRefusesNobody(LocalStack stack) throws IOException, InterruptedException {
        for (LanternService service : LanternService.ALL) {
            HttpResponse<String> nobody = http.send(HttpRequest.newBuilder(URI.create(stack.serviceUrl(service)
                    + "/access-log")).build(), HttpResponse.BodyHandlers.ofString());
            if (service.name().equals("console-service")) {
                // people's browsers are sent to sign in, rather than refused
                assertThat(nobody.statusCode()).as("the console without a sign-in").isEqualTo(302);
                assertThat(nobody.headers().firstValue("Location").orElse("")).endsWith("/oauth2/authorization/lantern");
            } else {
                assertThat(nobody.statusCode()).as(service.name() + " without a sign-in").isEqualTo(401);
            }
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + tokenFor(url))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String episode(String laId) {
        Instant lastSeen = Instant.now().minus(5, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
        return """
                {"subject": {"localAuthorityPersonId": "%s", "givenName": "Amelia", "familyName": "Jones", "dateOfBirth": "2010-04-01"},
                 "context": {"type": "MISSING_FROM_HOME"}, "category": "MISSING",
                 "lastSeen": {"at": "%s", "place": "Queensgate"},
                 "reportedBy": {"name": "PC Sarah Patel", "organisation": "Cambridgeshire Constabulary"},
                 "riskGrade": "MEDIUM", "childProtectionPlan": false, "lookedAfter": false}
                """.formatted(laId, lastSeen);
    }

    private static String childReturned() {
        return """
                {"returnedAt": "%s", "how": "FOUND_BY_POLICE", "recordedBy": {"name": "PC Sarah Patel"},
                 "location": {"placeName": "Central Park", "postcode": "PE1 4LZ"},
                 "associates": [{"name": "Dean", "phone": "07700 900123", "vehicleRegistration": "AB12 CDE"}]}
                """.formatted(Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    private static String notification(String laId) {
        return """
                {"pupil": {"localAuthorityPersonId": "%s", "upn": "A%012d", "givenName": "Amelia", "familyName": "Jones"},
                 "school": {"urn": "110123", "name": "Orton Academy"},
                 "ground": "TEN_OR_MORE_DAYS_CONTINUOUS_UNAUTHORISED_ABSENCE", "date": "%s",
                 "notifiedBy": {"name": "Jo Green", "role": "Attendance officer", "organisation": "Orton Academy"}}
                """.formatted(laId, System.nanoTime() % 1_000_000_000_000L, LocalDate.now().minusDays(2));
    }

    private static String concern(String laId) {
        return """
                {"subject": {"localAuthorityPersonId": "%s", "givenName": "Amelia", "familyName": "Jones"},
                 "indicator": "ASSOCIATING_WITH_OLDER_ADULTS", "observedAt": "%s", "agency": "EDUCATION",
                 "raisedBy": {"name": "Ms Hughes", "role": "Designated safeguarding lead"},
                 "note": "Seen getting into a car with an older man after school"}
                """.formatted(laId, Instant.now().minus(3, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS));
    }

    /**
     * An offset under which every service's port and the OpenID provider's (9000 + offset) are free now. Taken below
     * the ephemeral range (32768 and up on Linux), where a busy machine's outgoing connections would take them.
     */
    private static int freeServicePortOffset() {
        var random = new java.util.Random();
        for (int attempt = 0; attempt < 200; attempt++) {
            int offset = 12000 + random.nextInt(9000);
            var ports = new java.util.ArrayList<Integer>();
            LanternService.ALL.forEach(service -> ports.add(service.port() + offset));
            ports.add(9000 + offset);
            if (ports.stream().allMatch(LocalStackEndToEndIT::free)) {
                return offset;
            }
        }
        throw new IllegalStateException("no free range of ports for the services");
    }

    private static boolean free(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
