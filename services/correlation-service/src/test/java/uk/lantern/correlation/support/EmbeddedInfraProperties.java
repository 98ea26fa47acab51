package uk.lantern.correlation.support;

import org.springframework.test.context.DynamicPropertyRegistry;
import uk.lantern.testsupport.EmbeddedInfra;

/** Points a test context at the embedded KRaft broker and the MongoDB-wire store. */
public final class EmbeddedInfraProperties {

    private EmbeddedInfraProperties() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", () -> EmbeddedInfra.broker().bootstrapServers());
        registry.add("spring.mongodb.uri", () -> EmbeddedInfra.mongo().connectionString() + "/correlation");
    }
}
