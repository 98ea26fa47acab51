package uk.lantern.correlation.runtime;

import java.util.Base64;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import uk.lantern.correlation.support.EmbeddedInfraProperties;
import uk.lantern.testsupport.EmbeddedInfra;

/** The behaviour on a real KRaft broker started from Kafka's jars and on mongo-java-server. */
class CorrelationOnEmbeddedBrokerTest extends CorrelationBehaviour {

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        EmbeddedInfraProperties.register(registry);
        registry.add("lantern.correlation.analyst-key", () -> Base64.getEncoder().encodeToString(new byte[32]));
        registry.add("lantern.correlation.state-dir", () -> System.getProperty("java.io.tmpdir")
                + "/lantern-correlation-test-" + UUID.randomUUID());
        registry.add("lantern.correlation.instance-id", () -> "embedded-test-" + UUID.randomUUID());
        // a task's dead-letter count reaches /actuator/prometheus within a second, not a refresh of 15s
        registry.add("lantern.metrics.refresh", () -> "1s");
    }

    @Override
    String bootstrapServers() {
        return EmbeddedInfra.broker().bootstrapServers();
    }
}
