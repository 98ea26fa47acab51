package uk.lantern.returninterview;

import java.util.function.Consumer;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.messaging.Message;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.lantern.returninterview.interview.application.CaseMetrics;
import uk.lantern.returninterview.interview.application.CaseService;
import uk.lantern.returninterview.interview.messaging.MissingEpisodeEvents;
import uk.lantern.returninterview.retention.application.CaseErasures;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.schemas.returninterview.ReturnInterviewTopics;
import uk.lantern.support.LanternServiceSupport;
import uk.lantern.support.consumers.ConsumerFailures;
import uk.lantern.support.outbox.MongoOutbox;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(LanternServiceSupport.class)
public class ReturnInterviewServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReturnInterviewServiceApplication.class, args);
    }

    /** Case documents keep their unsent events; the shared outbox relay publishes them. */
    @Bean
    MongoOutbox caseOutbox(MongoTemplate mongo) {
        return new MongoOutbox(mongo, "cases");
    }

    /** Created at start-up if absent. Partitions and replicas are deployment settings. */
    @Bean
    NewTopic returnInterviewsTopic(@Value("${lantern.topics.partitions:3}") int partitions,
                                   @Value("${lantern.topics.replication-factor:1}") short replicas) {
        return new NewTopic(ReturnInterviewTopics.RETURN_INTERVIEWS.name(), partitions, replicas);
    }

    @Bean
    MissingEpisodeEvents missingEpisodeEvents(CaseService cases, CaseErasures erasures, CaseMetrics metrics) {
        return new MissingEpisodeEvents(cases, erasures, metrics);
    }

    /**
     * Undecodable messages go to the dead-letter topic at once; a case the store could not take (MongoDB away) is
     * tried again until it can, so a child who returned while the store was down still gets a case.
     */
    @Bean
    ListenerContainerWithDlqAndRetryCustomizer consumerFailures(KafkaProperties kafka) {
        return ConsumerFailures.customizer(kafka, UndecodableEventException.class);
    }

    /** Bound to lantern.missing-episodes.v1 (application.yml); undecodable messages go to its dead-letter topic. */
    @Bean
    Consumer<Message<byte[]>> missingEpisodes(MissingEpisodeEvents events) {
        return message -> events.accept(message.getPayload());
    }
}
