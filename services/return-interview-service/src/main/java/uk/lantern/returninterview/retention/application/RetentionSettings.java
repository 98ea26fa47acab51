package uk.lantern.returninterview.retention.application;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.lantern.returninterview.retention.domain.RetentionPolicy;
import uk.lantern.support.retention.PurgeSchedule;

/**
 * How long return-interview cases are kept and how the purge runs ({@code lantern.retention.*}).
 *
 * @param interviewCases kept this long after closure (or after the outcome, for a case never closed): 7 years by
 *                       default, as missing episodes
 * @param purgeCron      when the purge runs (daily at 02:45 in the server's zone by default)
 * @param purgeBatch     how many due cases one pass reads at a time
 * @param enabled        false turns the scheduled purge off (erasure on request and of an erased episode still work)
 */
@ConfigurationProperties("lantern.retention")
public record RetentionSettings(
        @DefaultValue("P7Y") Period interviewCases,
        @DefaultValue("0 45 2 * * *") String purgeCron,
        @DefaultValue("200") int purgeBatch,
        @DefaultValue("true") boolean enabled) {

    public RetentionSettings {
        // a bad schedule or a period that is not positive stops the service at start-up, not at the first purge
        new PurgeSchedule(purgeCron, purgeBatch, enabled);
        new RetentionPolicy(interviewCases);
    }

    public PurgeSchedule purge() {
        return new PurgeSchedule(purgeCron, purgeBatch, enabled);
    }

    public RetentionPolicy policy() {
        return new RetentionPolicy(interviewCases);
    }
}
