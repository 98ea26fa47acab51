package uk.lantern.correlation.runtime;

import java.util.Base64;
import java.util.UUID;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same behaviour on real Kafka and MongoDB images. Skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class CorrelationOnContainersTest extends CorrelationBehaviour {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("correlation"));
        registry.add("lantern.correlation.analyst-key", () -> Base64.getEncoder().encodeToString(new byte[32]));
        registry.add("lantern.correlation.state-dir", () -> System.getProperty("java.io.tmpdir")
                + "/lantern-correlation-containers-" + UUID.randomUUID());
    }

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
