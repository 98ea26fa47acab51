package uk.lantern.cmeregister.register;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.testsupport.EmbeddedInfra;

/** The behaviour on a real KRaft broker started from Kafka's jars and on mongo-java-server. */
class RegisterRecordingOnEmbeddedBrokerTest extends RegisterRecordingBehaviour {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/cme-register");
    }

    @Override
    String bootstrapServers() {
        return EmbeddedInfra.broker().bootstrapServers();
    }
}
