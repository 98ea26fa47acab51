package uk.lantern.cmeregister.retention.application;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the retention purge on its schedule ({@code lantern.retention.purge-cron}); off with {@code .enabled: false}. */
@Component
@ConditionalOnProperty(name = "lantern.retention.enabled", havingValue = "true", matchIfMissing = true)
class RetentionPurge {

    private static final Logger log = LoggerFactory.getLogger(RetentionPurge.class);

    private final RegisterEntryErasures erasures;

    RetentionPurge(RegisterEntryErasures erasures) {
        this.erasures = erasures;
    }

    @Scheduled(cron = "${lantern.retention.purge-cron:0 30 2 * * *}")
    void purge() {
        try {
            erasures.purgeDue();
        } catch (RuntimeException e) {
            // The store away or a race: what was erased stays erased, the rest is still due at the next run.
            log.warn("Retention purge stopped ({}); the next run goes on from there", e.getMessage());
        }
    }
}
