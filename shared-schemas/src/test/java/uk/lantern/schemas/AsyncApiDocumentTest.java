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
                assertThat(messages(channel)).as(type.name() + " v" + type.version() + " on " + topic.name())
                        .contains(type.name() + " " + "./" + type.schemaPath());
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
     * Each message of the channel as its name and its payload's schema: one name may have several versions (an
     * AnalystEvent v1 and v2), each a component of its own on its own topic.
     */
    private List<String> messages(JsonNode channel) {
        List<String> messages = new ArrayList<>();
        for (JsonNode message : channel.path("messages")) {
            JsonNode component = document.at(message.path("$ref").asString().substring(1));
            messages.add(component.path("name").asString() + " "
                    + component.at("/payload/schema/$ref").asString());
        }
        return messages;
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
