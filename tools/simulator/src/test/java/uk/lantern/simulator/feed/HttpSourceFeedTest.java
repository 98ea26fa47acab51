package uk.lantern.simulator.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.lantern.simulator.city.Source;
import uk.lantern.simulator.city.SourceStep;
import uk.lantern.simulator.city.SourceStepKind;
import uk.lantern.simulator.feed.FakeEpisodeService.Recorded;

class HttpSourceFeedTest {

    private static final Backoff QUICK = new Backoff(10, Duration.ofMillis(1), Duration.ofMillis(5));
    private static final Instant AT = Instant.parse("2026-10-01T10:00:00Z");

    private FakeEpisodeService service;
    private HttpSourceFeed feed;

    @BeforeEach
    void startService() throws IOException {
        service = new FakeEpisodeService();
        feed = feed(Duration.ofSeconds(5));
    }

    @AfterEach
    void stopService() {
        service.close();
    }

    private HttpSourceFeed feed(Duration caseWait) {
        Map<Source, MissingEpisodeClient> clients = new EnumMap<>(Source.class);
        for (Source source : List.of(Source.INTERVIEWS, Source.CME, Source.CSE)) {
            clients.put(source, new MissingEpisodeClient(service.baseUrl(), QUICK));
        }
        return new HttpSourceFeed(clients, story -> story.equals("ep-story") ? "ep-7" : null, caseWait,
                Duration.ofMillis(5), System.err);
    }

    private static SourceStep step(SourceStepKind kind, String story, int order, String episodeStory) {
        return new SourceStep(kind, AT.plusSeconds(order), "c0001", story, order, episodeStory,
                Map.of("note", kind.name()));
    }

    @Test
    void waitsForTheInterviewCaseToBeOpenedBeforeItsFirstStep() throws Exception {
        service.failNext("/cases/ep-7", 404, 404, 404);

        assertThat(feed.send(step(SourceStepKind.OFFER, "ep-story-rhi", 1, "ep-story"))).isTrue();
        assertThat(feed.send(step(SourceStepKind.ANSWER, "ep-story-rhi", 2, "ep-story"))).isTrue();

        List<Recorded> requests = service.requests();
        assertThat(requests).extracting(Recorded::method)
                .containsExactly("GET", "GET", "GET", "GET", "POST", "POST");
        assertThat(requests).extracting(Recorded::path).containsExactly("/cases/ep-7", "/cases/ep-7", "/cases/ep-7",
                "/cases/ep-7", "/cases/ep-7/offers", "/cases/ep-7/answer");
        assertThat(requests.get(4).idempotencyKey()).isEqualTo("lantern-sim-ep-story-rhi-1-offer");
        assertThat(feed.counts().get(Source.INTERVIEWS)).isEqualTo(new SourceCounts(6, 0, 0, 0));
    }

    @Test
    void givesUpOnACaseThatNeverOpensAndSkipsItsLaterSteps() throws Exception {
        HttpSourceFeed impatient = feed(Duration.ofMillis(100));
        service.failNext("/cases/ep-7", fourHundredFours());

        assertThat(impatient.send(step(SourceStepKind.OFFER, "ep-story-rhi", 1, "ep-story"))).isFalse();
        assertThat(impatient.send(step(SourceStepKind.ANSWER, "ep-story-rhi", 2, "ep-story"))).isFalse();
        assertThat(impatient.send(step(SourceStepKind.OFFER, "unknown-rhi", 1, "unknown"))).isFalse();

        assertThat(service.requests()).allSatisfy(request -> assertThat(request.method()).isEqualTo("GET"));
        SourceCounts counts = impatient.counts().get(Source.INTERVIEWS);
        assertThat(counts.rejected()).isEqualTo(1);
        assertThat(counts.skipped()).isEqualTo(2);
    }

    @Test
    void sendsARegisterEntrysLaterStepsToTheIdTheServiceGaveIt() throws Exception {
        service.failNext("/notifications", 503);

        assertThat(feed.send(step(SourceStepKind.NOTIFICATION, "s1-c0001-cme1", 1, null))).isTrue();
        assertThat(feed.send(step(SourceStepKind.ENQUIRY, "s1-c0001-cme1", 2, null))).isTrue();
        assertThat(feed.send(step(SourceStepKind.REMOVAL, "s1-c0001-cme1", 3, null))).isTrue();

        List<Recorded> requests = service.requests();
        assertThat(requests).extracting(Recorded::path).containsExactly("/notifications", "/notifications",
                "/register-entries/notifications-1/enquiries", "/register-entries/notifications-1/removal");
        assertThat(requests.get(0).idempotencyKey()).isEqualTo(requests.get(1).idempotencyKey());
        assertThat(feed.counts().get(Source.CME)).isEqualTo(new SourceCounts(4, 1, 0, 0));
    }

    @Test
    void aRefusedAssessmentIsCountedAndItsReviewsAreSkipped() throws Exception {
        service.failNext("/assessments", 409, 409);

        assertThat(feed.send(step(SourceStepKind.CONCERN, "s1-c0001-concern1", 1, null))).isTrue();
        assertThat(feed.send(step(SourceStepKind.ASSESSMENT, "s1-c0001-assessment", 1, null))).isFalse();
        assertThat(feed.send(step(SourceStepKind.REVIEW, "s1-c0001-assessment", 2, null))).isFalse();

        assertThat(service.requests()).extracting(Recorded::path)
                .containsExactly("/concerns", "/assessments", "/assessments");
        assertThat(feed.counts().get(Source.CSE)).isEqualTo(new SourceCounts(3, 1, 1, 1));
    }

    private static Integer[] fourHundredFours() {
        Integer[] statuses = new Integer[1000];
        java.util.Arrays.fill(statuses, 404);
        return statuses;
    }
}
