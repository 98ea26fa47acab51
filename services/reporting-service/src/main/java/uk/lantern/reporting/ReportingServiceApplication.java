package uk.lantern.reporting;

import java.time.Clock;
import java.util.List;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.function.Consumer;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.cloud.stream.binder.kafka.ListenerContainerWithDlqAndRetryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.messaging.Message;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import uk.lantern.reporting.common.web.CsvConverter;
import uk.lantern.reporting.figures.application.Reports;
import uk.lantern.reporting.figures.application.ReportingSettings;
import uk.lantern.reporting.ledger.application.LedgerService;
import uk.lantern.reporting.ledger.domain.LedgerEntry.Source;
import uk.lantern.reporting.ledger.messaging.SourceEvents;
import uk.lantern.reporting.ledger.persistence.MongoLedger;
import uk.lantern.schemas.UndecodableEventException;
import uk.lantern.support.LanternServiceSupport;
import uk.lantern.support.consumers.ConsumerFailures;

@SpringBootApplication
@ConfigurationPropertiesScan
@Import(LanternServiceSupport.class)
public class ReportingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportingServiceApplication.class, args);
    }

    @Bean
    MongoLedger mongoLedger(MongoTemplate mongo) {
        MongoLedger ledger = new MongoLedger(mongo);
        ledger.prepare();
        return ledger;
    }

    @Bean
    LedgerService ledgerService(MongoLedger store) {
        return new LedgerService(store);
    }

    @Bean
    Reports reports(LedgerService ledger, Clock clock, ReportingSettings settings) {
        return new Reports(ledger, clock, settings.rules());
    }

    @Bean
    SourceEvents sourceEvents(LedgerService ledger, MeterRegistry meters) {
        return new SourceEvents(ledger, (source, added) -> meters.counter("lantern.reporting.events",
                "source", source.name(), "outcome", added ? "recorded" : "duplicate").increment());
    }

    /** Lists and figures as CSV when asked (format=csv or Accept: text/csv). */
    @Bean
    WebMvcConfigurer csvAnswers() {
        return new WebMvcConfigurer() {
            @Override
            public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
                converters.add(0, new CsvConverter());
            }
        };
    }

    /**
     * Undecodable messages go to the dead-letter topic at once and the partition moves on; an entry the store could not
     * take (MongoDB away) is tried again until it can, so no event is missing from the ledger.
     */
    @Bean
    ListenerContainerWithDlqAndRetryCustomizer consumerFailures(KafkaProperties kafka) {
        return ConsumerFailures.customizer(kafka, UndecodableEventException.class);
    }

    // The seven bindings (application.yml): each stream into the one ledger.

    @Bean
    Consumer<Message<byte[]>> missingEpisodes(SourceEvents events) {
        return message -> events.accept(Source.MISSING_EPISODES, message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> returnInterviews(SourceEvents events) {
        return message -> events.accept(Source.RETURN_INTERVIEWS, message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> cmeRegister(SourceEvents events) {
        return message -> events.accept(Source.CME_REGISTER, message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> exploitationRisk(SourceEvents events) {
        return message -> events.accept(Source.EXPLOITATION_RISK, message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> identity(SourceEvents events) {
        return message -> events.accept(Source.IDENTITY, message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> alerts(SourceEvents events) {
        return message -> events.accept(Source.ALERTS, message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> alertWork(SourceEvents events) {
        return message -> events.accept(Source.ALERT_WORK, message.getPayload());
    }

    @Bean
    Consumer<Message<byte[]>> mace(SourceEvents events) {
        return message -> events.accept(Source.MACE, message.getPayload());
    }
}
