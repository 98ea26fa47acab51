package uk.lantern.reporting.figures.application;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import uk.lantern.reporting.figures.domain.ReportingRules;

/**
 * {@code lantern.reporting.*} (application.yml has the defaults and says what each is).
 */
@ConfigurationProperties("lantern.reporting")
public record ReportingSettings(String consumerGroup, ZoneId zone, Duration interviewWindow, int ofstedMonths,
                                int repeatThreshold) {

    public ReportingSettings {
        consumerGroup = consumerGroup == null || consumerGroup.isBlank() ? "reporting-service" : consumerGroup;
        zone = zone == null ? ZoneId.of("Europe/London") : zone;
        interviewWindow = interviewWindow == null ? Duration.ofHours(72) : interviewWindow;
        ofstedMonths = ofstedMonths <= 0 ? 12 : ofstedMonths;
        repeatThreshold = repeatThreshold <= 0 ? 2 : repeatThreshold;
    }

    public ReportingRules rules() {
        return new ReportingRules(zone, interviewWindow, repeatThreshold, ofstedMonths);
    }
}
