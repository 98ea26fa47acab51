package uk.lantern.support;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Lazy;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import uk.lantern.support.accesslog.AccessLogConfiguration;
import uk.lantern.support.crypto.EncryptionSettings;
import uk.lantern.support.crypto.FieldCipher;
import uk.lantern.support.crypto.ReEncryption;
import uk.lantern.support.crypto.ReEncryptionCommand;
import uk.lantern.support.crypto.SensitiveFields;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.support.outbox.OutboxRelay;
import uk.lantern.support.outbox.OutboxSource;
import uk.lantern.support.outbox.RelaySettings;
import uk.lantern.support.security.LanternSecurity;
import uk.lantern.support.web.ProblemResponses;

/**
 * What every recording service runs the same way. A service imports it ({@code @Import(LanternServiceSupport.class)})
 * and declares a {@link uk.lantern.support.outbox.MongoOutbox} per collection that keeps an outbox, and a
 * {@link SensitiveFields} per collection that stores sensitive free text (sealed with the {@link FieldCipher} of
 * {@code lantern.encryption.keyset}; a service that declares any does not start without a keyset).
 */
@Configuration(proxyBeanMethods = false)
@Import({LanternSecurity.class, AccessLogConfiguration.class})
@EnableConfigurationProperties({RelaySettings.class, EncryptionSettings.class})
public class LanternServiceSupport {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Bean Validation's {@code @Past} and {@code @Future} ask the service's clock, in England, not the system clock:
     * a date of birth is in the past by the same today as every other date the service checks.
     */
    @Bean
    ValidationConfigurationCustomizer validationClock(Clock clock) {
        Clock inEngland = clock.withZone(ZoneId.of("Europe/London"));
        return configuration -> configuration.clockProvider(() -> inEngland);
    }

    @Bean
    OutboxRelay outboxRelay(ObjectProvider<OutboxSource> sources, KafkaTemplate<String, String> kafka, Clock clock,
                            RelaySettings settings, MeterRegistry meters) {
        return new OutboxRelay(sources.orderedStream().toList(), kafka, clock, settings, meters);
    }

    @Bean
    ProblemResponses problemResponses(MeterRegistry meters) {
        return new ProblemResponses(meters);
    }

    @Bean
    SubmissionClaims submissionClaims(MongoTemplate mongo) {
        return new SubmissionClaims(mongo);
    }

    /** Lazy: made (and the keyset demanded) only when a service declares sensitive fields. */
    @Bean
    @Lazy
    FieldCipher fieldCipher(EncryptionSettings settings) {
        return FieldCipher.fromJsonKeyset(settings.keyset());
    }

    @Bean
    ReEncryption reEncryption(MongoTemplate mongo, EncryptionSettings settings) {
        return new ReEncryption(mongo, settings.batchSize());
    }

    @Bean
    @ConditionalOnBooleanProperty("lantern.encryption.re-encrypt")
    ReEncryptionCommand reEncryptionCommand(ReEncryption reEncryption, ObjectProvider<SensitiveFields> collections,
                                            ConfigurableApplicationContext context) {
        return new ReEncryptionCommand(reEncryption, collections.orderedStream().toList(), context);
    }
}
