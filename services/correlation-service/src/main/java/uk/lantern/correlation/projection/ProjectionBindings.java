package uk.lantern.correlation.projection;

import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.kafka.support.KafkaNull;
import org.springframework.messaging.Message;
import uk.lantern.correlation.api.AreaSettings;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.support.consumers.ConsumerFailures;

/**
 * The projections as Kafka-binder consumers (bindings {@code profiles-in-0}, {@code alerts-in-0},
 * {@code hotspots-in-0}, {@code identity-in-0}, {@code chronology-in-0} in application.yml), each in its own consumer group so one falling
 * behind never holds up another. At-least-once is enough: every write is an idempotent upsert. A message that cannot
 * be decoded throws {@link UndecodableEventException} and goes at once to the binding's dead-letter topic with the
 * reason in {@code x-exception-message}; a write the store did not take is tried again until it does
 * ({@link ConsumerFailures}).
 */
@Configuration(proxyBeanMethods = false)
public class ProjectionBindings {

    @Bean
    ListenerContainerWithDlqAndRetryCustomizer projectionFailures(KafkaProperties kafka) {
        return ConsumerFailures.customizer(kafka, UndecodableEventException.class);
    }

    /**
     * Before the projections and the API start: the index of the profiles' areas, and each stored profile's area
     * recomputed when the configured areas are not those it was computed with. A store that cannot be reached stops
     * the start-up, rather than letting the Area filter answer from areas computed with other settings.
     */
    @Bean
    ProfileAreas profileAreas(MongoTemplate mongo, AreaSettings areas) {
        ProfileAreas profileAreas = new ProfileAreas(mongo, areas);
        profileAreas.createIndexes();
        profileAreas.recomputeIfChanged();
        return profileAreas;
    }

    @Bean
    ProfileProjection profileProjection(MongoTemplate mongo, ProfileAreas areas) {
        return new ProfileProjection(mongo, areas);
    }

    @Bean
    AlertProjection alertProjection(MongoTemplate mongo, MeterRegistry meters) {
        return new AlertProjection(mongo, meters);
    }

    @Bean
    ReviewProjection reviewProjection(MongoTemplate mongo) {
        return new ReviewProjection(mongo);
    }

    @Bean
    HotspotProjection hotspotProjection(MongoTemplate mongo) {
        return new HotspotProjection(mongo);
    }

    @Bean
    ChronologyProjection chronologyProjection(MongoTemplate mongo) {
        return new ChronologyProjection(mongo);
    }

    @Bean
    Consumer<Message<?>> profiles(ProfileProjection projection) {
        return message -> projection.apply(key(message), value(message));
    }

    @Bean
    Consumer<Message<?>> alerts(AlertProjection projection) {
        return message -> projection.apply(value(message));
    }

    @Bean
    Consumer<Message<?>> hotspots(HotspotProjection projection) {
        return message -> projection.apply(value(message));
    }

    @Bean
    Consumer<Message<?>> identity(ReviewProjection projection) {
        return message -> projection.apply(value(message));
    }

    @Bean
    Consumer<Message<?>> chronology(ChronologyProjection projection) {
        return message -> projection.apply(topic(message), key(message), value(message));
    }

    static byte[] value(Message<?> message) {
        Object payload = message.getPayload();
        if (payload instanceof KafkaNull) {
            return null;
        }
        if (payload instanceof byte[] bytes) {
            return bytes;
        }
        if (payload instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        throw new UndecodableEventException("unexpected payload " + payload.getClass().getName());
    }

    static String topic(Message<?> message) {
        Object topic = message.getHeaders().get(KafkaHeaders.RECEIVED_TOPIC);
        return topic == null ? null : topic.toString();
    }

    static String key(Message<?> message) {
        Object key = message.getHeaders().get(KafkaHeaders.RECEIVED_KEY);
        if (key instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return key == null ? null : key.toString();
    }
}
