package uk.lantern.correlation.api;

import com.mongodb.MongoException;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import java.util.List;
import org.springframework.context.annotation.Bean;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.outbox.MongoOutbox;
import uk.lantern.correlation.projection.AlertProjection;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import uk.lantern.correlation.runtime.CorrelationProperties;

@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    ProfileQueries profileQueries(MongoTemplate mongo, Clock clock, NetworkSettings network,
                                  CorrelationProperties correlation) {
        return new ProfileQueries(mongo, clock, network, correlation.getPatterns().getZone());
    }

    @Bean
    ChildIdentity childIdentity(MongoTemplate mongo, CorrelationProperties correlation, DecisionReasons reasons) {
        return new ChildIdentity(mongo, correlation.getPatterns().getZone(), reasons);
    }

    @Bean
    DecisionReasons decisionReasons(MongoTemplate mongo, FieldCipher cipher) {
        return new DecisionReasons(mongo, cipher);
    }

    /** The reason a reviewer writes for an identity decision is sealed too (see DecisionReasons). */
    @Bean
    SensitiveFields decisionReasonSensitiveFields(FieldCipher cipher) {
        return DecisionReasons.sensitiveFields(cipher);
    }

    /** The network query's indexes, once the service is up; a store that cannot build them is logged, not fatal. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> profileIndexes(ProfileQueries profiles) {
        return ready -> {
            try {
                profiles.createIndexes();
            } catch (MongoException e) {
                LoggerFactory.getLogger(ApiConfiguration.class)
                        .warn("The network query's indexes were not created: {}", e.getMessage());
            }
        };
    }

    @Bean
    AlertChildren alertChildren(MongoTemplate mongo, AreaSettings areas, Clock clock,
                                CorrelationProperties correlation) {
        return new AlertChildren(mongo, areas, clock, correlation.getPatterns().getZone());
    }

    /** The Area filter's indexes (following a merge backwards), once the service is up; logged if not built. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> alertChildrenIndexes(AlertChildren children) {
        return ready -> {
            try {
                children.createIndexes();
            } catch (MongoException e) {
                LoggerFactory.getLogger(ApiConfiguration.class)
                        .warn("The Area filter's indexes were not created: {}", e.getMessage());
            }
        };
    }

    @Bean
    AlertWork alertWork(MongoTemplate mongo, Clock clock, EscalationSettings escalation, FieldCipher cipher,
                        EventPublication publication, AlertChildren children) {
        return new AlertWork(mongo, clock, escalation, cipher, publication, children);
    }

    @Bean
    AlertCatchUp alertCatchUp(MongoTemplate mongo, BoardSettings board) {
        return new AlertCatchUp(mongo, board);
    }

    /** Alert documents keep the unsent events of lantern.alert-work.v1; the shared outbox relay publishes them. */
    @Bean
    MongoOutbox alertWorkOutbox(MongoTemplate mongo) {
        return new MongoOutbox(mongo, AlertProjection.COLLECTION);
    }

    /** The note a person writes when resolving an alert is sealed field by field (see AlertWork). */
    @Bean
    SensitiveFields alertSensitiveFields(FieldCipher cipher) {
        return new SensitiveFields(AlertProjection.COLLECTION, List.of(AlertWork.RESOLUTION_NOTE), cipher);
    }

    @Bean
    DecisionPublisher decisionPublisher(KafkaTemplate<String, String> kafka, DecisionSettings settings) {
        return new DecisionPublisher(kafka, settings.sendTimeout());
    }

    @Bean
    ReviewQueue reviewQueue(MongoTemplate mongo, DecisionPublisher publisher, Clock clock, DecisionSettings settings,
                            DecisionReasons reasons) {
        return new ReviewQueue(mongo, publisher, clock, settings, reasons);
    }

    @Bean
    Schedules schedules(AlertWork alerts, ReviewQueue reviews, MeterRegistry meters) {
        return new Schedules(alerts, reviews, meters);
    }

    /** The escalation check and the review-queue gauge, on their schedules. */
    static class Schedules {
        private final AlertWork alerts;
        private final ReviewQueue reviews;
        private final AtomicLong openReviews = new AtomicLong();

        Schedules(AlertWork alerts, ReviewQueue reviews, MeterRegistry meters) {
            this.alerts = alerts;
            this.reviews = reviews;
            Gauge.builder("lantern.reviews.open", openReviews, AtomicLong::get)
                    .description("POSSIBLE_SAME_CHILD review items awaiting a reviewer, as of the last refresh")
                    .register(meters);
        }

        @Scheduled(fixedDelayString = "${lantern.correlation.escalation.check-every:1m}", initialDelayString = "5s")
        void escalate() {
            alerts.escalateDue();
        }

        @Scheduled(fixedDelayString = "${lantern.metrics.refresh:15s}", initialDelayString = "1s")
        void refreshQueueSize() {
            openReviews.set(reviews.open());
        }
    }
}
