package uk.lantern.correlation.runtime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Partitions and replicas of the topics this service creates: deployment settings, as in the other services. */
@ConfigurationProperties("lantern.topics")
public record TopicSettings(@DefaultValue("3") int partitions, @DefaultValue("1") short replicationFactor) {
}
