package uk.lantern.mace.concern.persistence;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.lantern.mace.concern.application.ConcernStore;

/** At start, the persons and places of concern are indexed again under the current index key when it changed. */
@Component
class ConcernReindexAtStart {

    private static final Logger LOG = LoggerFactory.getLogger(ConcernReindexAtStart.class);
    private final ConcernStore store;

    ConcernReindexAtStart(ConcernStore store) {
        this.store = store;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reindex() {
        try {
            int changed = store.reindex();
            if (changed > 0) {
                LOG.warn("The link index key changed: {} persons and places of concern re-indexed. The children's "
                        + "projection is re-indexed only by reading lantern.child-profiles.v2 again (README)", changed);
            }
        } catch (RuntimeException e) { // the store away at start: matching waits for the next start, serving does not
            LOG.error("Re-indexing the persons and places of concern failed", e);
        }
    }
}
