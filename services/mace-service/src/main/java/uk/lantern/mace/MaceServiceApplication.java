package uk.lantern.mace;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.lantern.mace.child.application.ChildProfiles;
import uk.lantern.mace.child.application.LinkIndex;
import uk.lantern.mace.child.messaging.ChildProfileEvents;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.mace.MaceTopics;
import uk.lantern.support.LanternServiceSupport;
import uk.lantern.support.consumers.ConsumerFailures;
import uk.lantern.support.outbox.MongoOutbox;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(LanternServiceSupport.class)
public class MaceServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MaceServiceApplication.class, args);
    }

    /** Meeting documents keep their unsent events; the shared outbox relay publishes them. */
    @Bean
    MongoOutbox meetingOutbox(MongoTemplate mongo) {
        return new MongoOutbox(mongo, "meetings");
    }

    @Bean
    MongoOutbox actionOutbox(MongoTemplate mongo) {
        return new MongoOutbox(mongo, "actions");
    }

    @Bean
    MongoOutbox personOfConcernOutbox(MongoTemplate mongo) {
        return new MongoOutbox(mongo, "persons_of_concern");
    }

    @Bean
    MongoOutbox placeOfConcernOutbox(MongoTemplate mongo) {
        return new MongoOutbox(mongo, "places_of_concern");
    }

    /** Created at start-up if absent. Partitions and replicas are deployment settings. */
    @Bean
    NewTopic maceTopic(@Value("${lantern.topics.partitions:3}") int partitions,
                       @Value("${lantern.topics.replication-factor:1}") short replicas) {
        return new NewTopic(MaceTopics.MACE.name(), partitions, replicas);
    }

    @Bean
    ChildProfileEvents childProfileEvents(ChildProfiles children, LinkIndex index, MeterRegistry meters) {
        return new ChildProfileEvents(children, index, meters);
    }

    /** Unreadable profiles go to the dead-letter topic at once; the store away is tried again until it is back. */
    @Bean
    ListenerContainerWithDlqAndRetryCustomizer consumerFailures(KafkaProperties kafka) {
        return ConsumerFailures.customizer(kafka, UndecodableEventException.class);
    }

    /** Bound to lantern.child-profiles.v2 (application.yml). */
    @Bean
    Consumer<Message<byte[]>> childProfiles(ChildProfileEvents events) {
        return message -> {
            Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
            String childKey = key instanceof byte[] bytes ? new String(bytes, java.nio.charset.StandardCharsets.UTF_8)
                    : key == null ? null : key.toString();
            byte[] payload = message.getPayload();
            events.accept(childKey, payload);
        };
    }
}
