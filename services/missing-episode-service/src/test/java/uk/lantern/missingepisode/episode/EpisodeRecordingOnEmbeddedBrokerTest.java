package uk.lantern.missingepisode.episode;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.testsupport.EmbeddedInfra;

/** The behaviour on a real KRaft broker started from Kafka's jars and on mongo-java-server. */
class EpisodeRecordingOnEmbeddedBrokerTest extends EpisodeRecordingBehaviour {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/missing-episodes");
    }

    @Override
    String bootstrapServers() {
        return EmbeddedInfra.broker().bootstrapServers();
    }
}
