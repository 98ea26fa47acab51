package uk.lantern.reporting.ledger.application;

import java.time.Instant;
import java.util.List;
import uk.lantern.reporting.ledger.domain.Erasures;
import uk.lantern.reporting.ledger.domain.LedgerEntry;

/**
 * Keeps the ledger. One entry per event, idempotent by event id. When a source erases a record, the entries about it
 * stay (so a count published before the erasure can still be reproduced) but lose what they said about the child: the
 * local authority id, sex, date of birth and ethnicity are not kept for a record its source no longer holds. An entry
 * about an already erased record arriving late (another stream, a replay) is kept without them too, so the order of
 * arrival does not matter.
 */
public class LedgerService {

    private final LedgerStore store;

    public LedgerService(LedgerStore store) {
        this.store = store;
    }

    public boolean record(LedgerEntry entry) {
        if (Erasures.isErasure(entry)) {
            boolean added = store.append(entry);
            store.forgetChild(entry.source(), entry.recordId());
            return added;
        }
        if (!entry.child().isEmpty() && store.erased(entry.source(), entry.recordId())) {
            return store.append(entry.withoutChild());
        }
        return store.append(entry);
    }

    public List<LedgerEntry> knownBy(Instant asAt) {
        return store.knownBy(asAt);
    }

    public List<LedgerEntry> all() {
        return store.all();
    }

    public long size() {
        return store.size();
    }
}
