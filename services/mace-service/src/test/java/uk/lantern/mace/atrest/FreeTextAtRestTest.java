package uk.lantern.mace.atrest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import uk.lantern.mace.child.application.ChildProfiles;
import uk.lantern.mace.child.domain.ChildSeen;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;

/**
 * The panel's free text about a child is sealed field by field in the store (the service-support crypto, the test
 * keyset of application.properties) and read back in plain through the API: nominations' reasons, decisions and
 * reasons for differing, actions' words, evidence and cancellation reasons, and the agenda's words that quote them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class FreeTextAtRestTest {

    static final LocalDate FIRST = LocalDate.of(2026, 2, 3);
    static final String NOMINATION = "Seen getting into cars by the Nene bridge";
    static final String REASON = "Found twice with the same adult since the assessment";
    static final String DECISION = "Risk raised; strategy discussion within the week";
    static final String DONE = "Strategy discussion with the designated lead";
    static final String CANCELLED = "Referral to the Rowan outreach project";
    static final String OPEN = "Disruption visit to the flat on Lincoln Road";
    static final String EVIDENCE = "Held on the ninth; the plan is on the child's file";
    static final String CANCEL_REASON = "The outreach project closed its list";
    static final List<String> FREE_TEXT = List.of(NOMINATION, REASON, DECISION, DONE, CANCELLED, OPEN, EVIDENCE,
            CANCEL_REASON);

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/mace-at-rest");
    }

    @LocalServerPort
    int port;
    @Autowired
    ChildProfiles children;
    @Autowired
    MongoTemplate mongo;

    @Test
    void the_panels_free_text_is_stored_sealed_and_read_back_in_plain() {
        Api mace = new Api(port).as("mace");
        String child = "child-" + UUID.randomUUID();
        children.keep(new ChildSeen(child, 1, "Amelia", "Jones", LocalDate.of(2011, 4, 1), List.of(), "PE1 2AB", 80,
                List.of(), "MODERATE", List.of(), List.of()));

        String m1 = schedule(mace, FIRST);
        assertThat(mace.post("/meetings/" + m1 + "/nominations", """
                {"childId": "%s", "agency": "EDUCATION", "reason": "%s"}""".formatted(child, NOMINATION)).status())
                .isEqualTo(200);
        open(mace, m1);
        JsonNode discussed = mace.post("/meetings/" + m1 + "/discussions", """
                {"childId": "%s", "agreedCategory": "SIGNIFICANT", "reasonForDifference": "%s", "decision": "%s",
                 "allocatedWorker": {"name": "Sam Okafor", "team": "Children in Care 2"},
                 "actions": [%s, %s, %s]}""".formatted(child, REASON, DECISION, action(DONE), action(CANCELLED),
                action(OPEN))).body();
        List<String> actions = new ArrayList<>();
        discussed.path("actionsAgreed").forEach(a -> actions.add(a.path("id").asString()));
        assertThat(actions).hasSize(3);
        assertThat(mace.post("/actions/" + actions.get(0) + "/completion", """
                {"evidence": "%s", "doneOn": "%s"}""".formatted(EVIDENCE, FIRST.plusDays(6))).status()).isEqualTo(200);
        assertThat(mace.post("/actions/" + actions.get(1) + "/cancellation", """
                {"reason": "%s"}""".formatted(CANCEL_REASON)).status()).isEqualTo(200);
        assertThat(mace.post("/meetings/" + m1 + "/closure", "{}").status()).isEqualTo(200);

        // the next meeting's agenda quotes the open action in its reasons, its drift and its open actions
        String m2 = schedule(mace, FIRST.plusDays(28));
        JsonNode opened = open(mace, m2);
        assertThat(opened.toString()).contains(OPEN);

        // once the outboxes have handed their events to the broker, no document holds any of the words in plain
        await().atMost(Duration.ofSeconds(60)).until(() -> outboxesEmpty("meetings") && outboxesEmpty("actions"));
        List<String> stored = new ArrayList<>();
        for (String collection : mongo.getCollectionNames()) {
            mongo.getCollection(collection).find().forEach(d -> stored.add(collection + ": " + d.toJson()));
        }
        String meeting1 = stored.stream().filter(s -> s.startsWith("meetings: ") && s.contains(m1)).findFirst().orElseThrow();
        String meeting2 = stored.stream().filter(s -> s.startsWith("meetings: ") && s.contains(m2)).findFirst().orElseThrow();
        assertThat(meeting1).contains("tink-aead-v1").contains(child);
        assertThat(meeting2).contains("tink-aead-v1");
        for (String text : FREE_TEXT) {
            assertThat(stored).as(text).noneMatch(s -> s.contains(text));
        }

        // and the API reads them back
        String record1 = mace.get("/meetings/" + m1).body().toString();
        assertThat(record1).contains(NOMINATION, REASON, DECISION);
        assertThat(mace.get("/meetings/" + m2).body().toString()).contains(OPEN);
        assertThat(mace.get("/actions?childId=" + child).body().toString())
                .contains(DONE, CANCELLED, OPEN, EVIDENCE, CANCEL_REASON);
    }

    private boolean outboxesEmpty(String collection) {
        return mongo.getCollection(collection).countDocuments(new Document("outbox.0", new Document("$exists", true))) == 0;
    }

    private static String action(String what) {
        return """
                {"what": "%s", "owner": {"name": "Sam Okafor", "agency": "SOCIAL_CARE"}, "dueOn": "%s"}"""
                .formatted(what, FIRST.plusDays(7));
    }

    private static String schedule(Api mace, LocalDate on) {
        return mace.post("/meetings", """
                {"heldOn": "%s", "chair": {"name": "DI Shah", "agency": "POLICE"}}""".formatted(on)).body()
                .path("id").asString();
    }

    private static JsonNode open(Api mace, String meeting) {
        JsonNode opened = mace.post("/meetings/" + meeting + "/opening", """
                {"attendees": [{"name": "DI Shah", "agency": "POLICE"}, {"name": "Sam Okafor", "agency": "SOCIAL_CARE"},
                               {"name": "Ms Reid", "agency": "EDUCATION"}]}""").body();
        assertThat(opened.path("meeting").path("status").asString()).as(opened.toString()).isEqualTo("OPEN");
        return opened;
    }
}
