package uk.lantern.mace.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.correlation.ChildProfile;
import uk.lantern.schemas.mace.Drift;
import uk.lantern.schemas.mace.DriftFlagged;
import uk.lantern.schemas.mace.MaceEvent;
import uk.lantern.schemas.mace.OutcomeShared;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.TopicReader;

/**
 * Three meetings on a real broker and store: the panel agrees an action for a child, the action is not done by the next
 * meeting (overdue, flagged on the agenda and raised to the chair, carried over), is done before the third, which no
 * longer flags it; the social worker's OutcomeShared is read back from the topic, each share is in the access log,
 * and the documents are the same bytes every time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ThreeMeetingsTest {

    static final JsonMapper JSON = JsonMapper.builder().changeDefaultPropertyInclusion(incl ->
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL)).build();
    static final LocalDate FIRST = LocalDate.of(2026, 1, 6);
    static TopicReader<MaceEvent> topic;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/mace-scenario");
    }

    @AfterAll
    static void close() {
        if (topic != null) {
            topic.close();
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void an_action_drifts_is_flagged_and_is_done_and_the_outcome_reaches_the_social_worker() {
        Api mace = new Api(port).as("mace");
        String amelia = "child-" + UUID.randomUUID();
        String jay = "child-" + UUID.randomUUID();
        publish(profile(amelia, "Amelia", 85, "MODERATE", List.of("e1")));
        publish(profile(jay, "Jay", 10, null, List.of()));
        await().atMost(Duration.ofSeconds(60)).until(() -> mongo.getCollection("children")
                .countDocuments(new Document("_id", new Document("$in", List.of(amelia, jay)))) == 2);

        // meeting 1: Amelia by her score, Jay nominated by education; an action agreed for Amelia
        String m1 = schedule(mace, FIRST);
        JsonNode nominated = mace.post("/meetings/" + m1 + "/nominations", """
                {"childId": "%s", "agency": "EDUCATION", "reason": "Seen getting into cars after school",
                 "allocatedWorker": {"name": "Priya Das", "team": "Children in Need 1"}}""".formatted(jay)).body();
        assertThat(nominated.path("meeting").path("nominations")).hasSize(1);
        JsonNode agenda = mace.get("/meetings/" + m1 + "/agenda").body();
        assertThat(agenda).extracting(e -> e.path("childId").asString()).contains(amelia, jay);
        open(mace, m1);
        JsonNode discussed = mace.post("/meetings/" + m1 + "/discussions", """
                {"childId": "%s", "agreedCategory": "SIGNIFICANT", "reasonForDifference": "Found twice with the same adult since the assessment",
                 "decision": "Risk raised to significant; strategy discussion within a week",
                 "allocatedWorker": {"name": "Sam Okafor", "team": "Children in Care 2"},
                 "actions": [{"what": "Strategy discussion", "owner": {"name": "Sam Okafor", "agency": "SOCIAL_CARE"},
                              "dueOn": "%s"}]}""".formatted(amelia, FIRST.plusDays(7)),
                "If-Match", "\"2\"").body();
        String action = discussed.path("actionsAgreed").get(0).path("id").asString();
        assertThat(mace.post("/meetings/" + m1 + "/discussions", """
                {"childId": "%s", "agreedCategory": "MILD", "decision": "Monitor through school"}""".formatted(jay))
                .status()).isEqualTo(200);
        assertThat(mace.post("/meetings/" + m1 + "/closure", "{}").status()).isEqualTo(200);

        // meeting 2: the action is overdue: on the agenda, flagged, raised to the chair, carried over
        String m2 = schedule(mace, FIRST.plusDays(28));
        JsonNode opened2 = open(mace, m2);
        JsonNode entry = entryOf(opened2, amelia);
        assertThat(entry.path("reasons").toString()).contains("ACTION_DUE", "HIGH_MACE_SCORE");
        assertThat(entry.path("drift").get(0).path("words").asString())
                .isEqualTo("Action \"Strategy discussion\" (Sam Okafor (social care)) was due on 2026-01-13: 21 days overdue");
        assertThat(entry.path("actions").get(0).path("timesCarriedOver").asInt()).isEqualTo(1);
        // the console's view of one entry: why, drift, what is new since meeting 1, as fixed
        JsonNode one = mace.get("/meetings/" + m2 + "/agenda/" + amelia).body();
        assertThat(one.path("childId").asString()).isEqualTo(amelia);
        assertThat(one.path("whatIsNew").toString()).contains("Nothing new since " + FIRST);
        assertThat(one.path("drift")).isEqualTo(entry.path("drift"));
        assertThat(mace.get("/meetings/" + m2 + "/agenda/child-not-on-it").status()).isEqualTo(404);
        assertThat(mongo.getCollection("access_log").countDocuments(new Document("operation",
                "GET /meetings/{id}/agenda/{childId}").append("children", amelia))).isEqualTo(1);
        assertThat(mace.post("/meetings/" + m2 + "/discussions", """
                {"childId": "%s", "agreedCategory": "SIGNIFICANT", "reasonForDifference": "As last time",
                 "decision": "Chair challenged the overdue strategy discussion", "allocatedWorker": {"team": "Children in Care 2"}}"""
                .formatted(amelia)).status()).isEqualTo(200);
        mace.post("/meetings/" + m2 + "/closure", "{}");

        // between meetings the action is done, with evidence
        JsonNode done = mace.post("/actions/" + action + "/completion", """
                {"evidence": "Strategy discussion held 2026-02-05; plan in the child's record", "doneOn": "2026-02-05"}""").body();
        assertThat(done.path("action").path("status").asString()).isEqualTo("DONE");

        // meeting 3: no action drift any more
        String m3 = schedule(mace, FIRST.plusDays(56));
        JsonNode entry3 = entryOf(open(mace, m3), amelia);
        assertThat(entry3.path("drift").toString()).doesNotContain("ACTION_OVERDUE", "ACTION_CARRIED_OVER");
        assertThat(entry3.path("reasons").toString()).contains("RISK_NOT_FALLEN");

        // the social worker's outcome, and the chair's drift, read back from the topic
        topic = new TopicReader<>(EmbeddedInfra.broker().bootstrapServers(), Topics.MACE, MaceEvent::recordId);
        List<TopicReader.Event<MaceEvent>> events = topic.readUntil(all -> all.stream().anyMatch(e ->
                e.envelope().data() instanceof OutcomeShared o && o.meetingId().equals(m1) && o.childId().equals(amelia))
                && all.stream().anyMatch(e -> e.envelope().data() instanceof DriftFlagged d && d.meetingId().equals(m2)),
                Duration.ofSeconds(60));
        OutcomeShared shared = events.stream().map(e -> e.envelope().data()).filter(d -> d instanceof OutcomeShared o
                && o.meetingId().equals(m1) && o.childId().equals(amelia)).map(OutcomeShared.class::cast).findFirst().orElseThrow();
        assertThat(shared.addressedTo().team()).isEqualTo("Children in Care 2");
        assertThat(shared.decision()).isEqualTo("Risk raised to significant; strategy discussion within a week");
        assertThat(shared.actions()).singleElement().satisfies(a -> {
            assertThat(a.what()).isEqualTo("Strategy discussion");
            assertThat(a.dueOn()).isEqualTo(FIRST.plusDays(7));
        });
        TopicReader.Event<MaceEvent> outcome = events.stream().filter(e -> e.envelope().data() == shared).findFirst().orElseThrow();
        assertThat(outcome.key()).isEqualTo("child:" + amelia);
        DriftFlagged drift = events.stream().map(e -> e.envelope().data()).filter(d -> d instanceof DriftFlagged f
                && f.meetingId().equals(m2)).map(DriftFlagged.class::cast).findFirst().orElseThrow();
        assertThat(drift.drift()).isEqualTo(Drift.ACTION_OVERDUE);
        assertThat(drift.actionId()).isEqualTo(action);
        assertThat(drift.chair().name()).isEqualTo("DI Rachel Stone");
        // Jay's outcome went to the worker his nomination named
        assertThat(events.stream().map(e -> e.envelope().data()).filter(d -> d instanceof OutcomeShared o
                && o.childId().equals(jay)).map(d -> ((OutcomeShared) d).addressedTo().name())).containsExactly("Priya Das");

        // each share is in the access log, with whom
        assertThat(mongo.getCollection("access_log").find(new Document("action", "SHARE")
                .append("children", amelia)).into(new java.util.ArrayList<>()))
                .anySatisfy(d -> assertThat(d.getString("note")).isEqualTo("shared with Sam Okafor, Children in Care 2"));

        // the documents: the same bytes every time, for MACE members only, and logged naming the children
        Api.RawResponse pdf = mace.raw("GET", "/meetings/" + m1 + "/minutes.pdf", null, null, Api.Framing.LENGTH);
        Api.RawResponse again = mace.raw("GET", "/meetings/" + m1 + "/minutes.pdf", null, null, Api.Framing.LENGTH);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(again.body()).isEqualTo(pdf.body());
        assertThat(new Api(port).as("coordinator").raw("GET", "/meetings/" + m1 + "/agenda.pdf", null, null,
                Api.Framing.LENGTH).status()).isEqualTo(403);
        assertThat(mongo.getCollection("access_log").countDocuments(new Document("operation",
                "GET /meetings/{id}/minutes.pdf").append("children", jay))).isEqualTo(2);
    }

    private static JsonNode entryOf(JsonNode meeting, String childId) {
        for (JsonNode e : meeting.path("meeting").path("agenda")) {
            if (e.path("childId").asString().equals(childId)) {
                return e;
            }
        }
        throw new AssertionError("no agenda entry for " + childId + " in " + meeting);
    }

    private static String schedule(Api mace, LocalDate on) {
        Api.Response r = mace.post("/meetings", """
                {"heldOn": "%s", "chair": {"name": "DI Rachel Stone", "agency": "POLICE"}}""".formatted(on),
                "Idempotency-Key", "schedule-" + on + "-" + UUID.randomUUID());
        assertThat(r.status()).as(r.body().toString()).isEqualTo(201);
        return r.body().path("id").asString();
    }

    private static JsonNode open(Api mace, String meetingId) {
        Api.Response r = mace.post("/meetings/" + meetingId + "/opening", """
                {"attendees": [{"name": "Sam Okafor", "agency": "SOCIAL_CARE"}, {"name": "Nurse Lee", "agency": "HEALTH"}],
                 "apologies": [{"name": "Ms Reid", "agency": "EDUCATION"}]}""");
        assertThat(r.status()).as(r.body().toString()).isEqualTo(200);
        assertThat(r.body().path("meeting").path("quorate").asBoolean()).isTrue();
        return r.body();
    }

    static ChildProfile profile(String id, String name, int score, String category, List<String> episodes) {
        return new ChildProfile(id, 1, Instant.parse("2026-01-01T00:00:00Z"), List.of("missing-episode-service:" + id),
                List.of(new ChildProfile.Identifier("LA", "LA-" + id.substring(6, 14), "missing-episode-service")),
                List.of(new ChildProfile.Name(name, "Jones", "missing-episode-service")), LocalDate.of(2011, 5, 1),
                "FEMALE", List.of("PE1 2AB"), false, null, 0, episodes.size(), episodes.size(), "MISSING_FROM_HOME",
                episodes.stream().map(e -> new ChildProfile.EpisodeSummary(e, "MISSING_FROM_HOME",
                        Instant.parse("2025-12-20T20:00:00Z"), Instant.parse("2025-12-21T08:00:00Z"), true, "MEDIUM",
                        "COMPLETED")).toList(),
                new ChildProfile.CmeStatus("NEVER_ON_REGISTER", null, null),
                new ChildProfile.ExploitationStatus(category, category == null ? "NONE" : "ASSESSED", null, 0),
                List.of(), score, List.of(), List.of(), List.of("PHONE:07700900123"), null);
    }

    static void publish(ChildProfile profile) {
        Map<String, Object> props = new HashMap<>();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, EmbeddedInfra.broker().bootstrapServers());
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.CHILD_PROFILES.name(), profile.childId(),
                    JSON.writeValueAsBytes(profile))).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
