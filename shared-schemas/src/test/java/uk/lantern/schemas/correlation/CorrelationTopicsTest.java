package uk.lantern.schemas.correlation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.lantern.schemas.EventType;
import uk.lantern.schemas.Topic;
import uk.lantern.schemas.Topics;

/** Code that decodes envelopes may iterate Topics.all(): every topic there carries envelopes, the others do not. */
class CorrelationTopicsTest {

    private static final String ENVELOPE = "../common/envelope.v1.json";

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void every_topic_listed_in_all_carries_envelopes_and_the_profiles_and_analyst_feed_do_not() {
        for (Topic<?> topic : Topics.all()) {
            for (EventType<?> type : topic.eventTypes()) {
                assertThat(envelopeRef(type)).as(type.name() + " on " + topic.name()).isTrue();
            }
        }
        for (Topic<?> topic : Topics.withoutEnvelope()) {
            for (EventType<?> type : topic.eventTypes()) {
                assertThat(envelopeRef(type)).as(type.name() + " on " + topic.name()).isFalse();
            }
        }
        assertThat(Topics.all()).doesNotContainAnyElementsOf(Topics.withoutEnvelope());
    }

    @Test
    void the_four_source_topics_stay_in_all_as_before() {
        assertThat(Topics.all()).startsWith(Topics.MISSING_EPISODES, Topics.RETURN_INTERVIEWS, Topics.CME_REGISTER,
                Topics.EXPLOITATION_RISK);
    }

    @Test
    void the_correlation_service_owns_its_six_topics() {
        List<Topic<?>> topics = List.of(Topics.ALERTS, Topics.IDENTITY, Topics.IDENTITY_DECISIONS,
                Topics.CHILD_PROFILES, Topics.ANALYST_FEED, Topics.ANALYST_FEED_V2);

        assertThat(topics).extracting(Topic::name).containsExactly("lantern.alerts.v1", "lantern.identity.v1",
                "lantern.identity-decisions.v1", "lantern.child-profiles.v2", "lantern.analyst-feed.v1",
                "lantern.analyst-feed.v2");
        assertThat(topics).extracting(Topic::owner).containsOnly("correlation-service");
        assertThat(Topics.all()).contains(Topics.ALERTS, Topics.IDENTITY, Topics.IDENTITY_DECISIONS);
        assertThat(Topics.withoutEnvelope()).containsExactly(Topics.CHILD_PROFILES, Topics.ANALYST_FEED,
                Topics.ANALYST_FEED_V2);
    }

    @Test
    void each_topic_lists_its_event_types() {
        assertThat(Topics.ALERTS.eventTypes()).extracting(EventType::name).containsExactly("AlertRaised",
                "AlertUpdated", "AlertCleared", "AlertRaised", "AlertUpdated", "AlertCleared");
        assertThat(Topics.ALERTS.eventTypes()).extracting(EventType::version).containsExactly(1, 1, 1, 2, 2, 2);
        assertThat(Topics.IDENTITY.eventTypes()).extracting(EventType::name).containsExactly("RecordResolved",
                "ReviewRaised", "ReviewDecided", "RecordForgotten");
        assertThat(Topics.IDENTITY_DECISIONS.eventTypes()).extracting(EventType::name)
                .containsExactly("IdentityDecisionMade");
        assertThat(Topics.CHILD_PROFILES.eventTypes()).containsExactly(CorrelationEventTypes.CHILD_PROFILE);
        assertThat(Topics.ANALYST_FEED.eventTypes()).containsExactly(CorrelationEventTypes.ANALYST_EVENT);
        assertThat(Topics.ANALYST_FEED_V2.eventTypes()).containsExactly(CorrelationEventTypes.ANALYST_EVENT_V2);
    }

    private boolean envelopeRef(EventType<?> type) {
        JsonNode schema = json.readTree(getClass().getClassLoader().getResourceAsStream(type.schemaPath()));
        for (JsonNode part : schema.path("allOf")) {
            if (ENVELOPE.equals(part.path("$ref").asString())) {
                return true;
            }
        }
        return false;
    }
}
