package uk.lantern.support;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.StreamReadFeature;
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
import uk.lantern.support.retention.ScheduledRetentionPurge;
import uk.lantern.support.security.LanternSecurity;
import uk.lantern.support.web.BlankPathVariables;
import uk.lantern.support.web.HttpLimits;
import uk.lantern.support.web.ProblemErrorReportValve;
import uk.lantern.support.web.ProblemResponses;
import uk.lantern.support.web.RequestBodyLimit;
import uk.lantern.support.web.SecurityHeaders;
import uk.lantern.support.web.UnreadableRequests;

/**
 * What every recording service runs the same way. A service imports it ({@code @Import(LanternServiceSupport.class)})
 * and declares a {@link uk.lantern.support.outbox.MongoOutbox} per collection that keeps an outbox, and a
 * {@link SensitiveFields} per collection that stores sensitive free text (sealed with the {@link FieldCipher} of
 * {@code lantern.encryption.keyset}; a service that declares any does not start without a keyset).
 */
@Configuration(proxyBeanMethods = false)
@Import({LanternSecurity.class, AccessLogConfiguration.class})
@EnableConfigurationProperties({RelaySettings.class, EncryptionSettings.class, HttpLimits.class})
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

    /** Each service's retention purge ({@link ScheduledRetentionPurge.Pass}) on its own {@code purge-cron}. */
    @Bean
    ScheduledRetentionPurge scheduledRetentionPurge(ObjectProvider<ScheduledRetentionPurge.Pass> passes) {
        return new ScheduledRetentionPurge(passes.orderedStream().toList());
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

    /** Bodies over {@code lantern.http.max-request-body} are refused (413) before anything else sees them. */
    @Bean
    FilterRegistrationBean<RequestBodyLimit> requestBodyLimit(HttpLimits limits) {
        var registration = new FilterRegistrationBean<>(new RequestBodyLimit(limits));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** A Content-Type that is a wildcard or no media type at all is 415, not a converter's 500; TRACE is 405. */
    @Bean
    FilterRegistrationBean<UnreadableRequests> unreadableRequests() {
        var registration = new FilterRegistrationBean<>(new UnreadableRequests());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /** The security headers Spring Security does not write by default, on every answer, refusals included. */
    @Bean
    FilterRegistrationBean<SecurityHeaders> securityHeaders() {
        var registration = new FilterRegistrationBean<>(new SecurityHeaders());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.setDispatcherTypes(jakarta.servlet.DispatcherType.REQUEST, jakarta.servlet.DispatcherType.ERROR);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * A JSON body naming a field twice is refused rather than read as its last value (a reader that took the first
     * would see a different request), and a number is not an enum value (Jackson would take it as the index: 7 was
     * read as the agency OTHER).
     */
    @Bean
    JsonMapperBuilderCustomizer strictDuplicateDetection() {
        return builder -> builder.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(tools.jackson.databind.cfg.EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
    }

    /** A blank path variable is a record not found (404), never an id a controller cannot build (500). */
    @Bean
    WebMvcConfigurer blankPathVariables() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new BlankPathVariables());
            }
        };
    }

    /** What Tomcat refuses before the application sees it is answered as a problem too, not Tomcat's HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof org.apache.catalina.core.StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }
}
