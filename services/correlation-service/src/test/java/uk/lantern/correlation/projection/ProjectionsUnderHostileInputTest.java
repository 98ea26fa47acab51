package uk.lantern.correlation.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import uk.lantern.correlation.api.AreaSettings;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.testsupport.EmbeddedInfra;
import uk.lantern.testsupport.fuzz.EventCases;
import uk.lantern.testsupport.fuzz.FuzzReport;

/**
 * The projections the API reads from (profiles, alerts, hotspots, reviews, chronology), each given generated and
 * hostile messages of its topic straight into {@code apply}, on the MongoDB-wire store: each message is stored or
 * refused with {@link UndecodableEventException} (which the binding dead-letters), never anything else.
 */
class ProjectionsUnderHostileInputTest {

    static MongoClient client;
    static MongoTemplate mongo;

    @BeforeAll
    static void store() {
        client = MongoClients.create(EmbeddedInfra.mongo().connectionString());
        mongo = new MongoTemplate(client, "correlation-hostile");
    }

    @AfterAll
    static void close() {
        client.close();
    }

    void fuzz(String name, Topic<?> topic, Consumer<byte[]> projection) {
        FuzzReport report = new EventCases(topic).feed("correlation projection " + name, FuzzReport.casesOr(300),
                FuzzReport.seedOr(20261206L), projection, UndecodableEventException.class).print();
        assertThat(report.failures()).as(report.summary()).isEmpty();
        assertThat(report.outcome("rejected")).as(report.summary()).isPositive();
    }

    @Test
    void the_profile_projection_stores_or_refuses_every_hostile_profile() {
        ProfileProjection profiles = new ProfileProjection(mongo, new ProfileAreas(mongo, new AreaSettings(null)));
        fuzz("profiles", Topics.CHILD_PROFILES, value -> profiles.apply("child-fuzz", value));
    }

    @Test
    void the_alert_projection_stores_or_refuses_every_hostile_alert_event() {
        AlertProjection alerts = new AlertProjection(mongo, new SimpleMeterRegistry());
        fuzz("alerts", Topics.ALERTS, alerts::apply);
    }

    @Test
    void the_hotspot_projection_stores_or_refuses_every_hostile_hotspot_event() {
        HotspotProjection hotspots = new HotspotProjection(mongo);
        fuzz("hotspots", Topics.HOTSPOTS, hotspots::apply);
    }

    @Test
    void the_review_projection_stores_or_refuses_every_hostile_identity_event() {
        ReviewProjection reviews = new ReviewProjection(mongo);
        fuzz("reviews", Topics.IDENTITY, reviews::apply);
    }

    @Test
    void the_chronology_projection_stores_or_refuses_every_hostile_source_event() {
        ChronologyProjection chronology = new ChronologyProjection(mongo);
        for (Topic<?> topic : new Topic<?>[] {Topics.MISSING_EPISODES, Topics.RETURN_INTERVIEWS, Topics.CME_REGISTER,
                Topics.EXPLOITATION_RISK}) {
            fuzz("chronology " + topic.name(), topic, value -> chronology.apply(topic.name(), "fuzz-key", value));
        }
    }
}
