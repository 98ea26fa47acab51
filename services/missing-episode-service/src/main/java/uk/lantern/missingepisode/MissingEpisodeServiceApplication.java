package uk.lantern.missingepisode;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.lantern.schemas.Topics;
import uk.lantern.support.LanternServiceSupport;
import uk.lantern.support.outbox.MongoOutbox;

@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(LanternServiceSupport.class)
public class MissingEpisodeServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MissingEpisodeServiceApplication.class, args);
    }

    /** Episode documents keep their unsent events; the shared outbox relay publishes them. */
    @Bean
    MongoOutbox episodeOutbox(MongoTemplate mongo) {
        return new MongoOutbox(mongo, "episodes");
    }

    /** Created at start-up if absent. Partitions and replicas are deployment settings. */
    @Bean
    NewTopic missingEpisodesTopic(@Value("${lantern.topics.partitions:3}") int partitions,
                                  @Value("${lantern.topics.replication-factor:1}") short replicas) {
        return new NewTopic(Topics.MISSING_EPISODES.name(), partitions, replicas);
    }
}
