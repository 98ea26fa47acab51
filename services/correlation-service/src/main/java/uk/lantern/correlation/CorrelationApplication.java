package uk.lantern.correlation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;
import uk.lantern.support.LanternServiceSupport;

/**
 * The correlation service: the Kafka Streams topology that joins the four sources (package {@code runtime} runs
 * {@code stream.CorrelationTopology}), the MongoDB projections of what it publishes ({@code projection}), and the
 * query, review and alert API ({@code api}).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Import(LanternServiceSupport.class)
public class CorrelationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CorrelationApplication.class, args);
    }
}
