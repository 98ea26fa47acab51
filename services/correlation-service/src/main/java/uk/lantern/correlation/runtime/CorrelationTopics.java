package uk.lantern.correlation.runtime;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import uk.lantern.correlation.stream.CorrelationSettings;
import uk.lantern.correlation.stream.CorrelationTopology;

/**
 * Every topic the correlation service reads or writes, created at start-up when absent. The four source topics are
 * created here too (with the partition count the source services use), so the topology can start before a source
 * service has ever run. Profiles are compacted: the topic keeps each child's latest profile (and a merged child's
 * tombstone), so a new projection can be rebuilt from it; it takes messages as large as the largest profile
 * ({@code lantern.correlation.profile-max-bytes}), which Kafka's 1 MB default would not.
 */
@Configuration(proxyBeanMethods = false)
public class CorrelationTopics {

    @Bean
    KafkaAdmin.NewTopics correlationServiceTopics(TopicSettings topics, CorrelationProperties correlation) {
        List<NewTopic> all = new java.util.ArrayList<>();
        for (String source : CorrelationTopology.sourceTopics()) {
            all.add(topic(source, topics));
        }
        for (String name : List.of(CorrelationTopology.DECISIONS, CorrelationTopology.CHILD_EVENTS,
                CorrelationTopology.ALERTS, CorrelationTopology.HOTSPOTS, CorrelationTopology.IDENTITY,
                CorrelationTopology.ANALYST_FEED,
                CorrelationTopology.ANALYST_FEED_V2, CorrelationTopology.DEAD_LETTERS,
                uk.lantern.schemas.correlation.CorrelationTopics.ALERT_WORK.name())) {
            all.add(topic(name, topics));
        }
        all.add(topic(CorrelationTopology.PROFILES, topics)
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT,
                        TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(largestMessageBytes(correlation)))));
        return new KafkaAdmin.NewTopics(all.toArray(NewTopic[]::new));
    }

    /** What the profiles topic and the topology's producer must take: the largest profile, in its batch. */
    static int largestMessageBytes(CorrelationProperties correlation) {
        return CorrelationSettings.largestMessageBytes(correlation.getProfileMaxBytes());
    }

    private static NewTopic topic(String name, TopicSettings topics) {
        return new NewTopic(name, topics.partitions(), topics.replicationFactor());
    }
}
