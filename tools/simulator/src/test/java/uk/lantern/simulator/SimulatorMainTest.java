package uk.lantern.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.lantern.localopenid.LocalOpenIdProvider;
import tools.jackson.databind.JsonNode;
import uk.lantern.simulator.feed.Backoff;
import uk.lantern.simulator.feed.FakeEpisodeService;
import uk.lantern.simulator.feed.FakeEpisodeService.Recorded;
import uk.lantern.simulator.feed.Json;

class SimulatorMainTest {

    /** The city's systems sign the demo people in at a real provider, as they do in the local stack. */
    private static final LocalOpenIdProvider PROVIDER = LocalOpenIdProvider.start(0, "lantern-demo");
    private static final String[] SMALL_CITY = {"--children", "40", "--history-days", "60",
            "--history-end", "2026-11-01T00:00:00Z", "--issuer", PROVIDER.issuer()};

    private record Run(int exit, List<String> lines) {

        JsonNode summary() {
            return Json.mapper().readTree(lines.get(lines.size() - 1));
        }
    }

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = SimulatorMain.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), WallClock.system(),
                new Backoff(10, Duration.ofMillis(1), Duration.ofMillis(10)));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    private static String[] smallCity(String... more) {
        String[] args = new String[SMALL_CITY.length + more.length];
        System.arraycopy(SMALL_CITY, 0, args, 0, SMALL_CITY.length);
        System.arraycopy(more, 0, args, SMALL_CITY.length, more.length);
        return args;
    }

    @Test
    void aDryRunPrintsTheSameRequestsForTheSameSeed() {
        Run first = run(smallCity("--dry-run", "--seed", "5"));
        Run second = run(smallCity("--dry-run", "--seed", "5"));
        Run otherSeed = run(smallCity("--dry-run", "--seed", "6"));

        assertThat(first.exit()).isZero();
        assertThat(first.lines()).isEqualTo(second.lines());
        assertThat(otherSeed.lines()).isNotEqualTo(first.lines());
        JsonNode request = Json.mapper().readTree(first.lines().get(0));
        assertThat(request.path("step").asString()).isEqualTo("REPORT");
        assertThat(request.path("path").asString()).isEqualTo("/episodes");
        assertThat(request.path("idempotencyKey").asString()).startsWith("lantern-sim-s5-");
    }

    @Test
    void theSummaryCountsWhatWasPlanned() {
        Run run = run(smallCity("--dry-run"));
        JsonNode summary = run.summary();
        int requests = run.lines().size() - 1;

        assertThat(summary.path("mode").asString()).isEqualTo("dry-run");
        assertThat(summary.path("seed").asLong()).isEqualTo(42);
        JsonNode interviews = summary.path("interviews");
        JsonNode cme = summary.path("cme");
        JsonNode cse = summary.path("cse");
        assertThat(summary.path("episodes").asInt() + summary.path("regrades").asInt()
                + summary.path("returns").asInt() + summary.path("closures").asInt()
                + interviews.path("offered").asInt() + interviews.path("accepted").asInt()
                + interviews.path("declined").asInt() + interviews.path("completed").asInt()
                + interviews.path("notOffered").asInt() + interviews.path("closed").asInt()
                + cme.path("notifications").asInt() + cme.path("enquiries").asInt()
                + cme.path("alternativeProvision").asInt() + cme.path("removals").asInt()
                + cse.path("concerns").asInt() + cse.path("assessments").asInt() + cse.path("policeSharing").asInt()
                + cse.path("reviews").asInt() + cse.path("closures").asInt()).isEqualTo(requests);
        assertThat(interviews.path("cases").asInt()).isEqualTo(summary.path("returns").asInt());
        assertThat(summary.path("feeds").propertyNames()).containsExactly("episodes", "interviews", "cme", "cse");
        assertThat(summary.path("stories").has("repeatMissingCmeDisclosure")).isTrue();
        assertThat(summary.path("children").asInt()).isPositive().isLessThanOrEqualTo(40);
        assertThat(summary.has("lookedAfterShare")).isTrue();
        assertThat(summary.has("topTenPercentShare")).isTrue();
        assertThat(summary.path("requestsSent").asInt()).isZero();
        assertThat(summary.path("retries").asInt()).isZero();
    }

    @Test
    void maxEpisodesCapsThePlan() {
        JsonNode summary = run(smallCity("--dry-run", "--max-episodes", "5")).summary();

        assertThat(summary.path("episodes").asInt()).isEqualTo(5);
    }

    @Test
    void feedsEverySourceAndARerunCreatesNoDuplicates() throws Exception {
        try (FakeEpisodeService service = new FakeEpisodeService()) {
            service.failNext("/episodes", 503);
            String url = service.baseUrl().toString();
            String[] everyService = smallCity("--base-url", url, "--return-interviews-url", url, "--cme-url", url,
                    "--cse-url", url);

            Run first = run(everyService);
            int created = created(service);
            Run second = run(everyService);

            assertThat(first.exit()).isZero();
            JsonNode summary = first.summary();
            assertThat(summary.path("mode").asString()).isEqualTo("history");
            assertThat(summary.path("retries").asInt()).isEqualTo(1);
            assertThat(summary.path("requestsSent").asInt()).isEqualTo(service.requests().size() / 2 + 1);
            assertThat(summary.path("rejected").asInt()).isZero();
            for (String source : List.of("episodes", "interviews", "cme", "cse")) {
                assertThat(summary.path("feeds").path(source).path("rejected").asInt()).as(source).isZero();
                assertThat(summary.path("feeds").path(source).path("skipped").asInt()).as(source).isZero();
                assertThat(summary.path("feeds").path(source).path("requestsSent").asInt()).as(source).isPositive();
            }
            assertThat(episodesCreated(service)).isEqualTo(summary.path("episodes").asInt());
            assertThat(service.requests()).anySatisfy(request -> assertThat(request.path()).matches("/cases/ep-\\d+/offers"));
            assertThat(service.requests()).anySatisfy(request ->
                    assertThat(request.path()).matches("/register-entries/notifications-\\d+/enquiries"));
            assertThat(second.exit()).isZero();
            assertThat(created(service)).isEqualTo(created);
            assertThat(second.summary().path("cse").path("assessments").asInt())
                    .isEqualTo(summary.path("cse").path("assessments").asInt());
        }
    }

    @Test
    void feedsOnlyTheChosenSources() {
        Run run = run(smallCity("--dry-run", "--sources", "cme,cse"));

        List<String> sources = run.lines().subList(0, run.lines().size() - 1).stream()
                .map(line -> Json.mapper().readTree(line).path("source").asString())
                .distinct().sorted().toList();
        assertThat(sources).containsExactly("cme", "cse");
        JsonNode summary = run.summary();
        assertThat(summary.path("episodes").asInt()).isZero();
        assertThat(summary.path("feeds").propertyNames()).containsExactly("cme", "cse");
        assertThat(run(smallCity("--dry-run", "--sources", "schools")).exit()).isEqualTo(SimulatorMain.BAD_USAGE);
    }

    @Test
    void stopsWithAnErrorWhenTheServiceIsDown() throws Exception {
        String url;
        try (FakeEpisodeService stopped = new FakeEpisodeService()) {
            url = stopped.baseUrl().toString();
        }
        Run run = run(smallCity("--base-url", url, "--max-episodes", "1"));

        assertThat(run.exit()).isEqualTo(SimulatorMain.SERVICE_UNAVAILABLE);
        assertThat(run.summary().path("episodes").asInt()).isZero();
        assertThat(run.summary().path("requestsSent").asInt()).isEqualTo(10);
    }

    @Test
    void refusesUnknownOptions() {
        assertThat(run("--colour", "blue").exit()).isEqualTo(SimulatorMain.BAD_USAGE);
        assertThat(run("--children", "none").exit()).isEqualTo(SimulatorMain.BAD_USAGE);
        assertThat(run("--help").exit()).isZero();
    }

    /** Distinct creating requests: episodes, register entries, concerns, assessments. */
    private static int created(FakeEpisodeService service) {
        return (int) service.requests().stream()
                .filter(request -> request.method().equals("POST") && request.path().split("/").length == 2)
                .map(request -> request.path() + request.idempotencyKey())
                .distinct()
                .count();
    }

    private static int episodesCreated(FakeEpisodeService service) {
        return (int) service.requests().stream()
                .filter(request -> request.path().equals("/episodes"))
                .map(Recorded::idempotencyKey)
                .distinct()
                .count();
    }
}
