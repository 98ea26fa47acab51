package uk.lantern.simulator.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.lantern.simulator.city.City;
import uk.lantern.simulator.city.CitySettings;
import uk.lantern.simulator.city.EpisodeStory;
import uk.lantern.simulator.city.Step;
import uk.lantern.simulator.city.StepKind;
import uk.lantern.simulator.feed.FakeEpisodeService.Recorded;

class MissingEpisodeClientTest {

    private static final Backoff QUICK = new Backoff(10, Duration.ofMillis(1), Duration.ofMillis(5));

    private final EpisodeStory story = storyWithEveryStep();
    private FakeEpisodeService service;
    private HttpFeed feed;

    @BeforeEach
    void startService() throws IOException {
        service = new FakeEpisodeService();
        feed = new HttpFeed(new MissingEpisodeClient(service.baseUrl(), QUICK), System.err);
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    @Test
    void retriesAServiceUnavailableWithTheSameIdempotencyKey() throws Exception {
        service.failNext("/episodes", 503);
        Step report = story.steps().get(0);

        assertThat(feed.send(report)).isTrue();

        List<Recorded> requests = service.requests();
        assertThat(requests).hasSize(2)
                .allSatisfy(request -> {
                    assertThat(request.method()).isEqualTo("POST");
                    assertThat(request.path()).isEqualTo("/episodes");
                    assertThat(request.idempotencyKey()).isEqualTo(report.idempotencyKey());
                });
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        assertThat(feed.counts()).isEqualTo(new FeedCounts(2, 1, 0));
    }

    @Test
    void sendsTheEpisodeReportAsTheApiDescribesIt() throws Exception {
        feed.send(story.steps().get(0));

        JsonNode body = Json.mapper().readTree(service.requests().get(0).body());
        assertThat(body.path("subject").path("givenName").asString()).isEqualTo(story.child().givenName());
        assertThat(body.path("context").path("type").asString()).isIn("MISSING_FROM_HOME", "MISSING_FROM_CARE");
        assertThat(Instant.parse(body.path("reportedAt").asString())).isEqualTo(story.reportedAt());
        assertThat(body.path("lastSeen").path("at").asString()).endsWith("Z");
        assertThat(body.path("policeReference").asString()).matches("CC-\\d{8}-\\d{4}");
        assertThat(body.path("riskGrade").asString()).isEqualTo(story.report().riskGrade().name());
        assertThat(body.has("lookedAfter")).isTrue();
    }

    @Test
    void feedsEachStepOfAnEpisodeToTheIdTheServiceGaveIt() throws Exception {
        for (Step step : story.steps()) {
            assertThat(feed.send(step)).isTrue();
        }

        assertThat(service.requests()).extracting(Recorded::path).containsExactly(
                "/episodes", "/episodes/ep-1/risk-regrades", "/episodes/ep-1/return", "/episodes/ep-1/closure");
        assertThat(service.requests()).extracting(Recorded::idempotencyKey).doesNotHaveDuplicates()
                .allMatch(key -> key.startsWith("lantern-sim-" + story.key()));
    }

    @Test
    void sendingTheSameEpisodeAgainReachesTheSameEpisode() throws Exception {
        feed.send(story.steps().get(0));
        HttpFeed rerun = new HttpFeed(new MissingEpisodeClient(service.baseUrl(), QUICK), System.err);

        for (Step step : story.steps()) {
            rerun.send(step);
        }

        assertThat(service.requests()).extracting(Recorded::path)
                .containsExactly("/episodes", "/episodes", "/episodes/ep-1/risk-regrades", "/episodes/ep-1/return",
                        "/episodes/ep-1/closure");
    }

    @Test
    void retriesAConflictOnceAfterRereadingTheEpisode() throws Exception {
        service.failNext("/return", 409);

        for (Step step : story.steps()) {
            assertThat(feed.send(step)).isTrue();
        }

        assertThat(service.requests()).extracting(request -> request.method() + " " + request.path()).containsExactly(
                "POST /episodes", "POST /episodes/ep-1/risk-regrades", "POST /episodes/ep-1/return",
                "GET /episodes/ep-1", "POST /episodes/ep-1/return", "POST /episodes/ep-1/closure");
        assertThat(feed.counts().retries()).isEqualTo(1);
    }

    @Test
    void aSecondConflictRefusesTheStep() throws Exception {
        service.failNext("/return", 409, 409);

        feed.send(story.steps().get(0));
        boolean returned = feed.send(new Step(story, StepKind.RETURN));

        assertThat(returned).isFalse();
        assertThat(feed.counts().rejected()).isEqualTo(1);
    }

    @Test
    void aRefusedReportSkipsTheRestOfItsEpisode() throws Exception {
        service.failNext("/episodes", 400);

        List<Boolean> taken = new ArrayList<>();
        for (Step step : story.steps()) {
            taken.add(feed.send(step));
        }

        assertThat(taken).containsOnly(false);
        assertThat(service.requests()).hasSize(1);
        assertThat(feed.counts()).isEqualTo(new FeedCounts(1, 0, 1));
    }

    @Test
    void givesUpWhenTheServiceCannotBeReached() throws Exception {
        URI nobodyThere;
        try (FakeEpisodeService stopped = new FakeEpisodeService()) {
            nobodyThere = stopped.baseUrl();
        }
        MissingEpisodeClient client = new MissingEpisodeClient(nobodyThere,
                new Backoff(3, Duration.ofMillis(1), Duration.ofMillis(1)));

        assertThatThrownBy(() -> client.send(ApiRequest.of(story.steps().get(0), null)))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("failed 3 times");
        assertThat(client.requestsSent()).isEqualTo(3);
        assertThat(client.retries()).isEqualTo(2);
    }

    private static EpisodeStory storyWithEveryStep() {
        City city = City.generate(new CitySettings(7, 60, 90, Instant.parse("2026-11-01T00:00:00Z")));
        return city.history().stream()
                .filter(story -> story.steps().size() == 4)
                .findFirst()
                .orElseThrow();
    }
}
