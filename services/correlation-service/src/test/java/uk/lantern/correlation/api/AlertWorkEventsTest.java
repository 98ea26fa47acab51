package uk.lantern.correlation.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import uk.lantern.correlation.support.ApiWithoutTopology;
import uk.lantern.correlation.support.Correlated;
import uk.lantern.correlation.support.WithoutTopology;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.correlation.AlertAcknowledged;
import uk.lantern.schemas.correlation.AlertAssigned;
import uk.lantern.schemas.correlation.AlertEscalated;
import uk.lantern.schemas.correlation.AlertResolved;
import uk.lantern.schemas.correlation.AlertWorkEvent;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.testsupport.Api;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.MutableClock;
import uk.lantern.testsupport.TopicReader;

/**
 * What people do about alerts, and the escalation chain, published on {@code lantern.alert-work.v1} through the alert
 * documents' outbox, on the real broker and store, with a clock the test moves. URGENT waits 1 hour per step; the
 * chain is application.yml's three steps. Absence is proven by order: each alert's events are on one partition, so
 * once a later event of the alert is read, nothing before it is still on its way.
 */
@WithoutTopology
class AlertWorkEventsTest extends ApiWithoutTopology {

    static final Duration WINDOW = Duration.ofHours(1);
    static TopicReader<AlertWorkEvent> work;

    @Autowired
    MongoTemplate mongo;
    @Autowired
    MutableClock clock;
    @Autowired
    AlertWork alertWork;
    @Autowired
    EscalationSettings escalation;
    @Autowired
    FieldCipher cipher;
    @Autowired
    EventPublication publication;

    /** Opened once the service is up: it creates the topic. */
    static TopicReader<AlertWorkEvent> work() {
        if (work == null) {
            work = new TopicReader<>(EmbeddedInfra.broker().bootstrapServers(), Topics.ALERT_WORK,
                    AlertWorkEvent::alertId);
        }
        return work;
    }

    @AfterAll
    static void closeTheReader() {
        if (work != null) {
            work.close();
            work = null;
        }
    }

    @Test
    void acknowledging_twice_publishes_once_and_assigning_and_resolving_publish_who_when_and_the_outcome_but_no_note() {
        clock.set(WithoutTopology.START.plus(Duration.ofDays(100)));
        Instant published = clock.instant();
        String alertId = raisedAlert("NEED_TO_KNOW", "URGENT");
        clock.advance(Duration.ofMinutes(12));
        Instant acknowledgedAt = clock.instant();

        assertThat(api().post("/alerts/" + alertId + "/acknowledge", "{}").status()).isEqualTo(200);
        assertThat(api().post("/alerts/" + alertId + "/acknowledge", "{}").status()).isEqualTo(200);
        clock.advance(Duration.ofMinutes(1));
        Api.Response assigned = api().post("/alerts/" + alertId + "/assign",
                "{\"to\": \"Missing and exploitation team\", \"assignee\": \"TEAM\"}");
        assertThat(assigned.body().path("assignee").asString()).isEqualTo("TEAM");
        clock.advance(Duration.ofMinutes(30));
        Api.Response resolved = api().post("/alerts/" + alertId + "/resolve",
                "{\"outcome\": \"REFERRED\", \"note\": \"Passed to the exploitation team; aunt's address known\"}");
        assertThat(resolved.body().path("outcome").asString()).isEqualTo("REFERRED");

        List<TopicReader.Event<AlertWorkEvent>> events = work().eventsOf(alertId, 3);

        assertThat(events).extracting(e -> e.envelope().eventType())
                .containsExactly("AlertAcknowledged", "AlertAssigned", "AlertResolved");
        assertThat(events).allSatisfy(e -> {
            assertThat(e.key()).isEqualTo(e.envelope().data().childId());
            assertThat(e.envelope().data().code()).isEqualTo("NEED_TO_KNOW");
            assertThat(e.envelope().subject().hasStrongIdentifier()).isFalse();
        });
        assertThat(events.get(0).envelope().data()).isInstanceOfSatisfying(AlertAcknowledged.class, a -> {
            assertThat(a.acknowledgedBy()).isEqualTo("coordinator");
            assertThat(a.acknowledgedAt()).isEqualTo(acknowledgedAt);
            assertThat(a.publishedAt()).isEqualTo(published);
        });
        assertThat(events.get(1).envelope().data()).isInstanceOfSatisfying(AlertAssigned.class, a -> {
            assertThat(a.assignee()).isEqualTo("TEAM");
            assertThat(a.assignedTo()).isEqualTo("Missing and exploitation team");
            assertThat(a.assignedBy()).isEqualTo("coordinator");
        });
        assertThat(events.get(2).envelope().data()).isInstanceOfSatisfying(AlertResolved.class, r -> {
            assertThat(r.outcome()).isEqualTo("REFERRED");
            assertThat(r.resolvedBy()).isEqualTo("coordinator");
            assertThat(r.resolvedAt()).isEqualTo(clock.instant());
        });
        assertThat(events.toString()).doesNotContain("aunt");
        Awaitility.await().atMost(WAIT).until(() -> stored(alertId).getList("outbox", Document.class).isEmpty());
    }

    @Test
    void assigning_an_alert_nobody_acknowledged_publishes_its_acknowledgement_first_and_a_person_by_default() {
        clock.set(WithoutTopology.START.plus(Duration.ofDays(110)));
        String alertId = raisedAlert("RHI_OVERDUE", "HIGH");
        clock.advance(Duration.ofMinutes(5));

        api().post("/alerts/" + alertId + "/assign", "{\"to\": \"PC Sarah Patel\"}");
        api().post("/alerts/" + alertId + "/acknowledge", "{}");

        assertThat(api().post("/alerts/" + alertId + "/assign", "{\"to\": \"x\", \"assignee\": \"AGENCY\"}")
                .body().at("/errors/0/field").asString()).isEqualTo("assignee");
        assertThat(api().post("/alerts/" + alertId + "/resolve", "{\"outcome\": \"SORTED\", \"note\": \"n\"}")
                .body().at("/errors/0/field").asString()).isEqualTo("outcome");
        assertThat(api().post("/alerts/" + alertId + "/resolve", "{\"note\": \"n\"}").body()
                .at("/errors/0/field").asString()).isEqualTo("outcome");
        api().post("/alerts/" + alertId + "/resolve", "{\"outcome\": \"DUPLICATE\", \"note\": \"n\"}");

        List<TopicReader.Event<AlertWorkEvent>> events = work().eventsOf(alertId, 3);
        assertThat(events).extracting(e -> e.envelope().eventType())
                .containsExactly("AlertAcknowledged", "AlertAssigned", "AlertResolved");
        assertThat(((AlertAssigned) events.get(1).envelope().data()).assignee()).isEqualTo("PERSON");
    }

    @Test
    void an_alert_nobody_acknowledges_escalates_a_step_per_window_to_the_end_of_the_chain_once_per_step_across_a_restart() {
        clock.set(WithoutTopology.START.plus(Duration.ofDays(120)));
        String alertId = raisedAlert("MISSING_WITH_EXPLOITATION_RISK", "URGENT");

        clock.advance(WINDOW.minusSeconds(1));
        alertWork.escalateDue();
        assertThat(view(alertId).path("status").asString()).as("a second before the window ends").isEqualTo("OPEN");

        clock.advance(Duration.ofSeconds(1));
        alertWork.escalateDue();
        alertWork.escalateDue();
        JsonNode first = view(alertId);
        assertThat(first.path("status").asString()).as("at the window exactly").isEqualTo("ESCALATED");
        assertThat(first.path("escalationLevel").asInt()).isEqualTo(1);
        assertThat(first.path("escalatedTo").asString()).isEqualTo("Duty coordinator");
        assertThat(Instant.parse(first.path("escalatedAt").asString())).isEqualTo(clock.instant());

        AlertWork restarted = new AlertWork(mongo, clock, escalation, cipher, publication,
                new AlertChildren(mongo, new AreaSettings(null), clock, java.time.ZoneId.of("Europe/London")));
        restarted.escalateDue();
        assertThat(view(alertId).path("escalationLevel").asInt()).as("the restarted scheduler").isEqualTo(1);

        clock.advance(WINDOW);
        restarted.escalateDue();
        alertWork.escalateDue();
        assertThat(view(alertId).path("escalatedTo").asString()).isEqualTo("Team manager, missing and exploitation");

        clock.advance(WINDOW);
        alertWork.escalateDue();
        clock.advance(WINDOW.multipliedBy(5));
        alertWork.escalateDue();
        alertWork.escalateDue();
        JsonNode last = view(alertId);
        assertThat(last.path("escalationLevel").asInt()).as("the end of the chain").isEqualTo(3);
        assertThat(last.path("escalatedTo").asString()).isEqualTo("Head of service");

        api().post("/alerts/" + alertId + "/acknowledge", "{}");
        clock.advance(WINDOW.multipliedBy(2));
        alertWork.escalateDue();
        api().post("/alerts/" + alertId + "/resolve", "{\"outcome\": \"ACTION_TAKEN\", \"note\": \"seen\"}");

        List<TopicReader.Event<AlertWorkEvent>> events = work().eventsOf(alertId, 5);
        assertThat(events).extracting(e -> e.envelope().eventType()).containsExactly("AlertEscalated",
                "AlertEscalated", "AlertEscalated", "AlertAcknowledged", "AlertResolved");
        List<AlertEscalated> steps = events.subList(0, 3).stream()
                .map(e -> (AlertEscalated) e.envelope().data()).toList();
        assertThat(steps).extracting(AlertEscalated::level).containsExactly(1, 2, 3);
        assertThat(steps).extracting(AlertEscalated::escalatedTo).containsExactly("Duty coordinator",
                "Team manager, missing and exploitation", "Head of service");
        assertThat(steps).extracting(AlertEscalated::waitedSeconds).containsExactly(3600L, 7200L, 10800L);
        assertThat(steps).extracting(AlertEscalated::severity).containsOnly("URGENT");
    }

    @Test
    void an_alert_acknowledged_one_second_before_its_window_ends_never_escalates() {
        clock.set(WithoutTopology.START.plus(Duration.ofDays(130)));
        String alertId = raisedAlert("NEED_TO_KNOW", "URGENT");

        clock.advance(WINDOW.minusSeconds(1));
        api().post("/alerts/" + alertId + "/acknowledge", "{}");
        clock.advance(Duration.ofSeconds(1));
        alertWork.escalateDue();
        clock.advance(WINDOW.multipliedBy(10));
        alertWork.escalateDue();

        JsonNode alert = view(alertId);
        assertThat(alert.path("status").asString()).isEqualTo("ACKNOWLEDGED");
        assertThat(alert.has("escalationLevel") && !alert.path("escalationLevel").isNull()).isFalse();
        api().post("/alerts/" + alertId + "/resolve", "{\"outcome\": \"NO_FURTHER_ACTION\", \"note\": \"safe\"}");
        assertThat(work().eventsOf(alertId, 2)).extracting(e -> e.envelope().eventType())
                .containsExactly("AlertAcknowledged", "AlertResolved");
    }

    JsonNode view(String alertId) {
        return api().get("/alerts/" + alertId).body();
    }

    Document stored(String alertId) {
        return mongo.getCollection("alerts").find(new Document("_id", alertId)).first();
    }

    String raisedAlert(String code, String severity) {
        String child = Correlated.uniqueChildId();
        return raisedAlert(Correlated.raised(UUID.randomUUID().toString(), code, severity, child, clock.instant()));
    }
}
