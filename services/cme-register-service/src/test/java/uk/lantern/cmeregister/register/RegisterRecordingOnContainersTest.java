package uk.lantern.cmeregister.register;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/** The same behaviour on real Kafka and MongoDB images. Skipped where no Docker engine runs. */
@Testcontainers(disabledWithoutDocker = true)
class RegisterRecordingOnContainersTest extends RegisterRecordingBehaviour {

    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.2");
    @Container
    static final MongoDBContainer MONGO = new MongoDBContainer("mongo:8.0");

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::getBootstrapServers);
        registry.add("spring.mongodb.uri", () -> MONGO.getReplicaSetUrl("cme-register"));
    }

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
