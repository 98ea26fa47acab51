package uk.lantern.cmeregister;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.lantern.schemas.cmeregister.CmeRegisterTopics;
import uk.lantern.support.LanternServiceSupport;
import uk.lantern.support.outbox.MongoOutbox;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(LanternServiceSupport.class)
public class CmeRegisterServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(CmeRegisterServiceApplication.class, args);
    }

    /** Register entry documents keep their unsent events; the shared outbox relay publishes them. */
    @Bean
    MongoOutbox registerEntryOutbox(MongoTemplate mongo) {
        return new MongoOutbox(mongo, "register_entries");
    }

    /** Created at start-up if absent. Partitions and replicas are deployment settings. */
    @Bean
    NewTopic cmeRegisterTopic(@Value("${lantern.topics.partitions:3}") int partitions,
                              @Value("${lantern.topics.replication-factor:1}") short replicas) {
        return new NewTopic(CmeRegisterTopics.CME_REGISTER.name(), partitions, replicas);
    }
}
