package uk.lantern.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Police analysts read the AsyncAPI document: it must describe exactly the topics and event types in the registry. */
class AsyncApiDocumentTest {

    private final JsonNode document = read();

    @Test
    void every_registered_topic_and_event_type_is_documented_with_its_schema() {
        for (Topic<?> topic : everyTopic()) {
            JsonNode channel = channelFor(topic.name());
            assertThat(channel).as("channel for " + topic.name()).isNotNull();
            for (EventType<?> type : topic.eventTypes()) {
                String message = messageName(topic, type);
                assertThat(channel.path("messages").has(message)).as(message + " on " + topic.name()).isTrue();
                String schemaRef = document.at("/components/messages/" + message + "/payload/schema/$ref").asString();
                assertThat(schemaRef).isEqualTo("./" + type.schemaPath());
                assertThat(getClass().getClassLoader().getResource(type.schemaPath())).as(type.schemaPath()).isNotNull();
            }
        }
    }

    @Test
    void the_document_describes_no_topic_the_registry_does_not_know() {
        List<String> documented = new ArrayList<>();
        document.path("channels").forEach(c -> documented.add(c.path("address").asString()));

        assertThat(documented).containsExactlyInAnyOrderElementsOf(everyTopic().stream().map(Topic::name).toList());
    }

    /**
     * The version a topic's owner publishes (the latest registered) is documented under the type's name; an earlier
     * version still readable, under its name and version (InterviewCompletedV1).
     */
    static String messageName(Topic<?> topic, EventType<?> type) {
        int latest = topic.eventTypes().stream().filter(t -> t.name().equals(type.name()))
                .mapToInt(EventType::version).max().orElseThrow();
        return type.version() == latest ? type.name() : type.name() + "V" + type.version();
    }

    private static List<Topic<?>> everyTopic() {
        List<Topic<?>> topics = new ArrayList<>(Topics.all());
        topics.addAll(Topics.withoutEnvelope());
        return topics;
    }

    private JsonNode channelFor(String address) {
        for (JsonNode channel : document.path("channels")) {
            if (channel.path("address").asString().equals(address)) {
                return channel;
            }
        }
        return null;
    }

    private static JsonNode read() {
        try (InputStream in = AsyncApiDocumentTest.class.getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            return new YAMLMapper().readTree(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
