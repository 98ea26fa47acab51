package uk.lantern.missingepisode.retention.application;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import uk.lantern.missingepisode.retention.domain.RetentionPolicy;
import uk.lantern.support.retention.PurgeSchedule;

/**
 * How long episodes are kept and how the purge runs ({@code lantern.retention.*}).
 *
 * @param episodes   kept this long after closure (or after the return, for one never closed): 7 years by default
 * @param purgeCron  when the purge runs (daily at 02:30 in the server's zone by default)
 * @param purgeBatch how many due episodes one pass reads at a time
 * @param enabled    false turns the scheduled purge off (erasure on request still works)
 */
@ConfigurationProperties("lantern.retention")
public record RetentionSettings(
        @DefaultValue("P7Y") Period episodes,
        @DefaultValue("0 30 2 * * *") String purgeCron,
        @DefaultValue("200") int purgeBatch,
        @DefaultValue("true") boolean enabled) {

    public RetentionSettings {
        new PurgeSchedule(purgeCron, purgeBatch, enabled); // a bad schedule or period stops the service at start-up
        new RetentionPolicy(episodes);
    }

    public PurgeSchedule purge() {
        return new PurgeSchedule(purgeCron, purgeBatch, enabled);
    }

    public RetentionPolicy policy() {
        return new RetentionPolicy(episodes);
    }
}
