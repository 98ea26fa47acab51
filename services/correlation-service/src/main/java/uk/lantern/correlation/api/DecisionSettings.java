package uk.lantern.correlation.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lantern.correlation.decisions.*}: how long the API waits for the broker to acknowledge a reviewer's decision,
 * and how long a decision sent but not yet applied by the stream blocks another on the same review or record.
 */
@ConfigurationProperties("lantern.correlation.decisions")
public record DecisionSettings(@DefaultValue("10s") Duration sendTimeout, @DefaultValue("10m") Duration pendingFor) {
}
