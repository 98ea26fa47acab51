package uk.lantern.reporting.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.lantern.reporting.support.SourceFeed.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.lantern.reporting.ReportingServiceApplication;
import uk.lantern.reporting.ledger.application.LedgerService;
import uk.lantern.reporting.ledger.domain.LedgerEntry;
import uk.lantern.reporting.support.SourceFeed;
import uk.lantern.schemas.Envelope;
import uk.lantern.schemas.Ethnicity;
import uk.lantern.schemas.Subject;
import uk.lantern.schemas.Topics;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.RawTopicReader;

/**
 * The proof of issue 17, on the real embedded broker and store: the events of a small city's November go onto the
 * real topics; every figure and both lists are asked for as they arrive (live) and again from a second service that
 * replays the topics into an empty ledger, and the bytes are compared. A late record changes today's answer but not
 * the answer as at the date last month's was published, and the comparison names it. A redelivery counts nothing
 * twice; a bad message goes to the dead-letter topic and the next one is read.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FiguresAreReproducibleTest {

    static final Instant PUBLISHED = Instant.parse("2026-12-01T09:00:00Z");
    static final String ALERT = "6f1c2a4e-8d3b-4c5a-9e7f-1a2b3c4d5e6f";
    static SourceFeed feed;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/reporting-live");
        registry.add("lantern.reporting.consumer-group", () -> "reporting-live");
    }

    @LocalServerPort
    int port;
    @Autowired
    LedgerService ledger;

    static SourceFeed feed() {
        if (feed == null) {
            feed = new SourceFeed(EmbeddedInfra.broker().bootstrapServers());
        }
        return feed;
    }

    @AfterAll
    static void close() {
        if (feed != null) {
            feed.close();
            feed = null;
        }
    }

    static Instant at(String instant) {
        return Instant.parse(instant);
    }

    /**
     * November 2026: two children, three episodes, interviews, a CME entry, a concern and an assessment, an alert
     * and the work on it (escalated, acknowledged, assigned, resolved).
     */
    static List<Envelope<?>> november() {
        Subject amelia = SourceFeed.child("5001", Ethnicity.WBRI);
        Subject ben = new Subject("5002", null, null, null, "Ben", "Jones", LocalDate.of(2012, 2, 1), Subject.Sex.MALE,
                "PE1 2AB", null);
        List<Envelope<?>> events = new ArrayList<>();
        var a1 = reported("ep-a1", amelia, at("2026-11-03T20:00:00Z"), true, false, "Children in Care 1",
                at("2026-11-03T21:00:00Z"));
        events.add(a1);
        events.add(returned("ep-a1", amelia, at("2026-11-04T10:00:00Z"), true));
        events.add(caseOpened("ep-a1", amelia, at("2026-11-04T10:00:00Z"), true));
        events.add(offered("ep-a1", amelia, at("2026-11-04T15:00:00Z")));
        events.add(completed("ep-a1", amelia, at("2026-11-05T15:00:00Z"), true));
        var a2 = reported("ep-a2", amelia, at("2026-11-20T21:00:00Z"), true, true, "Children in Care 1",
                at("2026-11-20T22:00:00Z"));
        events.add(a2);
        events.add(returned("ep-a2", amelia, at("2026-11-21T08:00:00Z"), true));
        events.add(caseOpened("ep-a2", amelia, at("2026-11-21T08:00:00Z"), true));
        var b1 = reported("ep-b1", ben, at("2026-11-10T18:00:00Z"), false, false, null, at("2026-11-10T19:00:00Z"));
        events.add(b1);
        events.add(returned("ep-b1", ben, at("2026-11-13T12:00:00Z"), false));
        events.add(caseOpened("ep-b1", ben, at("2026-11-13T12:00:00Z"), false));
        events.add(declined("ep-b1", ben, at("2026-11-14T12:00:00Z")));
        events.add(addedToRegister("cme-b", ben, LocalDate.of(2026, 10, 15)));
        events.add(removedFromRegister("cme-b", ben, LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 20)));
        events.add(concern("concern-a", amelia, at("2026-11-05T12:00:00Z")));
        events.add(assessed("assessment-a", amelia, at("2026-11-12T12:00:00Z"), "Children in Care 1"));
        events.add(resolved(a1, "child-amelia", "missing-episode-service"));
        events.add(resolved(a2, "child-amelia", "missing-episode-service"));
        events.add(resolved(b1, "child-ben", "missing-episode-service"));
        events.add(alertRaised(ALERT, "RHI_OVERDUE", "child-ben", at("2026-11-16T12:00:00Z")));
        events.add(alertEscalated(ALERT, "RHI_OVERDUE", "child-ben", 1, at("2026-11-16T12:00:00Z"),
                at("2026-11-16T16:00:00Z")));
        events.add(alertAcknowledged(ALERT, "RHI_OVERDUE", "child-ben", at("2026-11-16T12:00:00Z"),
                at("2026-11-16T17:30:00Z")));
        events.add(alertAssigned(ALERT, "RHI_OVERDUE", "child-ben", at("2026-11-16T17:31:00Z")));
        events.add(alertCleared(ALERT, "RHI_OVERDUE", "child-ben", at("2026-11-17T09:00:00Z")));
        events.add(alertResolved(ALERT, "RHI_OVERDUE", "child-ben", at("2026-11-17T09:05:00Z")));
        events.addAll(maceMeeting());
        events.add(maceDriftRaised("7c8d9e0f-1a2b-3c4d-8e5f-6a7b8c9d0e1f", "child-amelia", at("2026-11-26T10:00:00Z")));
        return events;
    }

    /**
     * The MACE panel in November: a meeting on the 2nd agrees two actions for Amelia, one done on the 18th, one due on
     * the 15th and still open; at the meeting of the 26th that one is flagged as drift, and the outcome shared.
     */
    static List<Envelope<?>> maceMeeting() {
        String amelia = "child-amelia";
        var chair = new uk.lantern.schemas.mace.PanelMember("DI Shah", uk.lantern.schemas.mace.Agency.POLICE);
        var moderate = uk.lantern.schemas.exploitationrisk.RiskCategory.MODERATE;
        return List.of(
                mace(uk.lantern.schemas.mace.MaceEventTypes.MEETING_OPENED, at("2026-11-02T10:00:00Z"),
                        new uk.lantern.schemas.mace.MeetingOpened("m-1", at("2026-11-02T10:00:00Z"), true,
                                List.of(uk.lantern.schemas.mace.Agency.POLICE), List.of())),
                mace(uk.lantern.schemas.mace.MaceEventTypes.CHILD_DISCUSSED, at("2026-11-02T10:30:00Z"),
                        new uk.lantern.schemas.mace.ChildDiscussed("m-1", amelia, at("2026-11-02T10:30:00Z"),
                                moderate, moderate, false)),
                mace(uk.lantern.schemas.mace.MaceEventTypes.ACTION_AGREED, at("2026-11-02T10:40:00Z"),
                        new uk.lantern.schemas.mace.ActionAgreed("act-1", "m-1", amelia,
                                uk.lantern.schemas.mace.Agency.POLICE, LocalDate.of(2026, 11, 20), null, null)),
                mace(uk.lantern.schemas.mace.MaceEventTypes.ACTION_AGREED, at("2026-11-02T10:41:00Z"),
                        new uk.lantern.schemas.mace.ActionAgreed("act-2", "m-1", amelia,
                                uk.lantern.schemas.mace.Agency.EDUCATION, LocalDate.of(2026, 11, 15), null, null)),
                mace(uk.lantern.schemas.mace.MaceEventTypes.ACTION_DONE, at("2026-11-18T12:00:00Z"),
                        new uk.lantern.schemas.mace.ActionDone("act-1", amelia, LocalDate.of(2026, 11, 18))),
                mace(uk.lantern.schemas.mace.MaceEventTypes.MEETING_OPENED, at("2026-11-26T10:00:00Z"),
                        new uk.lantern.schemas.mace.MeetingOpened("m-2", at("2026-11-26T10:00:00Z"), true,
                                List.of(uk.lantern.schemas.mace.Agency.POLICE), List.of())),
                mace(uk.lantern.schemas.mace.MaceEventTypes.DRIFT_FLAGGED, at("2026-11-26T10:00:00Z"),
                        new uk.lantern.schemas.mace.DriftFlagged("m-2", amelia,
                                uk.lantern.schemas.mace.Drift.ACTION_OVERDUE, "act-2", chair)),
                mace(uk.lantern.schemas.mace.MaceEventTypes.OUTCOME_SHARED, at("2026-11-26T12:00:00Z"),
                        new uk.lantern.schemas.mace.OutcomeShared("m-2", amelia, LocalDate.of(2026, 11, 26),
                                new uk.lantern.schemas.AllocatedWorker("Jo Bloggs", "Children in Care 1"), moderate,
                                "Keep on the agenda", List.of())));
    }

    static List<String> questions(Instant asAt) {
        List<String> paths = new ArrayList<>();
        for (String format : List.of("csv", "json")) {
            paths.add("/figures?month=2026-11&asAt=" + asAt + "&format=" + format);
            paths.add("/figures?from=2026-04-01&to=2026-11-30&asAt=" + asAt + "&format=" + format);
            for (String figure : List.of("missing-episodes", "missing-children", "duration-bands", "return-interviews",
                    "cme-register", "exploitation", "alerts", "interview-themes", "mace")) {
                paths.add("/figures/" + figure + "?month=2026-11&asAt=" + asAt + "&compareAsAt=" + PUBLISHED
                        + "&format=" + format);
            }
            paths.add("/lists/ofsted-missing-episodes?to=2026-11-30&asAt=" + asAt + "&format=" + format);
            paths.add("/lists/ofsted-looked-after-children?to=2026-11-30&asAt=" + asAt + "&format=" + format);
            paths.add("/lists/ssda903-missing?year=2026-27&asAt=" + asAt + "&format=" + format);
            paths.add("/lists/ssda903-missing/validation?year=2026-27&asAt=" + asAt + "&format=" + format);
        }
        return paths;
    }

    static Map<String, String> answers(Api manager, List<String> paths) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (String path : paths) {
            Api.RawResponse response = manager.raw("GET", path, null, null, Api.Framing.LENGTH);
            assertThat(response.status()).as(path).isEqualTo(200);
            answers.put(path, response.text());
        }
        return answers;
    }

    void awaitInLedger(LedgerService store, Set<String> eventIds) {
        Awaitility.await().atMost(Duration.ofSeconds(90)).until(() ->
                store.all().stream().map(LedgerEntry::eventId).collect(Collectors.toSet()).containsAll(eventIds));
    }

    @Test
    void every_figure_and_list_is_the_same_bytes_live_and_replayed_and_a_late_record_changes_only_todays_answer() {
        Api manager = new Api(port).as("manager");
        // 1. November's events arrive, each known when its source accepted it
        List<Envelope<?>> events = november();
        events.forEach(feed()::send);
        awaitInLedger(ledger, ids(events));
        Map<String, String> asPublished = answers(manager, questions(PUBLISHED));
        JsonNode episodes = manager.get("/figures/missing-episodes?month=2026-11&asAt=" + PUBLISHED).body();
        assertThat(episodes.at("/figure/measures/episodes").asLong()).isEqualTo(3);
        assertThat(episodes.at("/figure/records").asInt()).isEqualTo(3);
        JsonNode interviews = manager.get("/figures/return-interviews?month=2026-11&asAt=" + PUBLISHED).body();
        assertThat(interviews.at("/figure/measures/returns").asLong()).isEqualTo(3);
        assertThat(interviews.at("/figure/measures/completedWithin72Hours").asLong()).isEqualTo(1);
        assertThat(interviews.at("/figure/measures/declined").asLong()).isEqualTo(1);
        assertThat(interviews.at("/figure/measures/nothingRecorded").asLong()).isEqualTo(1);
        JsonNode alerts = manager.get("/figures/alerts?month=2026-11&asAt=" + PUBLISHED).body();
        assertThat(alerts.at("/figure/measures/acknowledged").asLong()).isEqualTo(1);
        assertThat(alerts.at("/figure/measures/escalations").asLong()).isEqualTo(1);
        assertThat(alerts.at("/figure/rates/medianMinutesToAcknowledge:RHI_OVERDUE").decimalValue())
                .isEqualByComparingTo("330.0");
        assertThat(alerts.at("/figure/rates/p90MinutesToAcknowledge").decimalValue()).isEqualByComparingTo("330.0");
        JsonNode mace = manager.get("/figures/mace?month=2026-11&asAt=" + PUBLISHED).body();
        assertThat(mace.at("/figure/measures/meetingsHeld").asLong()).isEqualTo(2);
        assertThat(mace.at("/figure/measures/childrenDiscussed").asLong()).isEqualTo(1);
        assertThat(mace.at("/figure/measures/actionsAgreed").asLong()).isEqualTo(2);
        assertThat(mace.at("/figure/measures/actionsDone").asLong()).isEqualTo(1);
        assertThat(mace.at("/figure/measures/actionsOverdue").asLong()).isEqualTo(1);
        assertThat(mace.at("/figure/measures/drift:ACTION_OVERDUE").asLong()).isEqualTo(1);
        assertThat(mace.at("/figure/measures/outcomesShared").asLong()).isEqualTo(1);
        assertThat(alerts.at("/figure/breakdown/code/MACE_DRIFT/raised").asLong()).as("an alert event v2 read")
                .isEqualTo(1);

        // 2. a late record: an episode of 25 November recorded only today
        Envelope<?> late = reported("ep-late", SourceFeed.child("5003", Ethnicity.BAFR), at("2026-11-25T18:00:00Z"),
                false, false, null, Instant.now().truncatedTo(ChronoUnit.SECONDS));
        feed().send(late);
        awaitInLedger(ledger, Set.of(late.eventId().toString()));
        Instant today = late.recordedAt().plusSeconds(1);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !Instant.now().isBefore(today));
        assertThat(answers(manager, questions(PUBLISHED))).as("as at publication, nothing moves")
                .isEqualTo(asPublished);
        JsonNode now = manager.get("/figures/missing-episodes?month=2026-11&compareAsAt=" + PUBLISHED).body();
        assertThat(now.at("/figure/measures/episodes").asLong()).isEqualTo(4);
        assertThat(now.at("/explanation/difference/episodes").asLong()).isEqualTo(1);
        assertThat(now.at("/explanation/changes/0/eventId").asString()).isEqualTo(late.eventId().toString());
        assertThat(now.at("/explanation/changes/0/recordId").asString()).isEqualTo("ep-late");
        assertThat(now.at("/explanation/changes").size()).isEqualTo(1);

        // 3. a redelivery adds nothing
        long size = ledger.size();
        feed().send(events.get(0));
        feed().send(late);
        Envelope<?> marker = reported("ep-marker", SourceFeed.child("5004", Ethnicity.WBRI), at("2026-10-01T10:00:00Z"),
                false, false, null, at("2026-10-01T10:00:00Z"));
        feed().send(marker);
        awaitInLedger(ledger, Set.of(marker.eventId().toString()));
        assertThat(ledger.size()).isEqualTo(size + 1);
        assertThat(manager.get("/figures/missing-episodes?month=2026-11").body().at("/figure/measures/episodes").asLong())
                .isEqualTo(4);

        // 4. a second service replays every topic into an empty ledger: the same bytes
        List<String> questions = new ArrayList<>(questions(PUBLISHED));
        questions.addAll(questions(today));
        Map<String, String> live = answers(manager, questions);
        try (ConfigurableApplicationContext replay = new SpringApplicationBuilder(ReportingServiceApplication.class).run(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + EmbeddedInfra.broker().bootstrapServers(),
                "--spring.mongodb.uri=" + EmbeddedInfra.mongo().connectionString() + "/reporting-replay",
                "--lantern.reporting.consumer-group=reporting-replay-" + UUID.randomUUID())) {
            LedgerService replayed = replay.getBean(LedgerService.class);
            Set<String> all = ledger.all().stream().map(LedgerEntry::eventId).collect(Collectors.toSet());
            awaitInLedger(replayed, all);
            assertThat(replayed.size()).isEqualTo(ledger.size());
            int replayPort = Integer.parseInt(replay.getEnvironment().getProperty("local.server.port"));
            Map<String, String> again = answers(new Api(replayPort).as("manager"), questions);
            assertThat(again.keySet()).containsExactlyElementsOf(live.keySet());
            live.forEach((path, bytes) -> assertThat(again.get(path)).as(path).isEqualTo(bytes));
        }
    }

    @Test
    void a_bad_message_goes_to_the_dead_letter_topic_and_the_next_one_is_read() {
        String key = "la:5999";
        feed().send(Topics.MISSING_EPISODES.name(), key, "{\"eventType\":\"EpisodeReported\"}".getBytes());
        Envelope<?> next = reported("ep-after-bad", SourceFeed.child("5999", Ethnicity.WBRI), at("2026-10-02T10:00:00Z"),
                false, false, null, at("2026-10-02T10:00:00Z"));
        feed().send(next);
        awaitInLedger(ledger, Set.of(next.eventId().toString()));
        try (RawTopicReader dlt = new RawTopicReader(EmbeddedInfra.broker().bootstrapServers(), "lantern.reporting.dlt")) {
            List<RawTopicReader.Raw> dead = dlt.readUntil(found -> found.stream().anyMatch(r -> key.equals(r.key())),
                    Duration.ofSeconds(60));
            RawTopicReader.Raw bad = dead.stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(bad.value())).contains("EpisodeReported");
            assertThat(bad.headers()).containsEntry("x-original-topic", Topics.MISSING_EPISODES.name());
        }
    }

    @Test
    void every_list_download_names_its_children_in_the_access_log() {
        Api manager = new Api(port).as("manager");
        Envelope<?> event = reported("ep-logged", SourceFeed.child("5777", Ethnicity.WBRI), at("2026-09-10T10:00:00Z"),
                true, false, null, at("2026-09-10T10:00:00Z"));
        feed().send(event);
        awaitInLedger(ledger, Set.of(event.eventId().toString()));
        Api.RawResponse csv = manager.raw("GET", "/lists/ssda903-missing?year=2026-27&format=csv", null, null,
                Api.Framing.LENGTH);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.text()).contains("5777,M,10/09/2026,");
        JsonNode log = manager.get("/access-log?child=ep-logged").body();
        assertThat(log.size()).isGreaterThanOrEqualTo(1);
        assertThat(log.get(0).get("action").asString()).isEqualTo("EXPORT");
        assertThat(log.get(0).get("operation").asString()).isEqualTo("GET /lists/ssda903-missing");
        JsonNode byLocalAuthorityId = manager.get("/access-log?child=5777").body();
        assertThat(byLocalAuthorityId.get(0).get("sequence").asLong()).isEqualTo(log.get(0).get("sequence").asLong());
    }

    static Set<String> ids(List<Envelope<?>> events) {
        return events.stream().map(e -> e.eventId().toString()).collect(Collectors.toSet());
    }
}
