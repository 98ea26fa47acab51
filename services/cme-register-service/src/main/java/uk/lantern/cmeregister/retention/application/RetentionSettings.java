package uk.lantern.cmeregister.retention.application;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.lantern.cmeregister.retention.domain.RetentionPolicy;

/**
 * How long register entries are kept after the child left the register, and how the purge runs
 * ({@code lantern.retention.*}).
 *
 * @param registerEntries kept this long after the removal: 6 years by default (the README says why)
 * @param purgeCron       when the purge runs (daily at 02:30 in the server's zone by default)
 * @param purgeBatch      how many due entries one pass reads at a time
 * @param enabled         false turns the scheduled purge off (erasure on request still works)
 */
@ConfigurationProperties("lantern.retention")
public record RetentionSettings(
        @DefaultValue("P6Y") Period registerEntries,
        @DefaultValue("0 30 2 * * *") String purgeCron,
        @DefaultValue("200") int purgeBatch,
        @DefaultValue("true") boolean enabled) {

    public RetentionSettings {
        if (purgeBatch < 1) {
            throw new IllegalArgumentException("lantern.retention.purge-batch must be at least 1: " + purgeBatch);
        }
        policy(registerEntries); // a period that is not positive stops the service at start-up, not at 02:30
    }

    public RetentionPolicy policy() {
        return policy(registerEntries);
    }

    private static RetentionPolicy policy(Period registerEntries) {
        return new RetentionPolicy(registerEntries);
    }
}
