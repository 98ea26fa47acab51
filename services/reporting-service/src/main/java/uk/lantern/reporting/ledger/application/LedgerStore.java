package uk.lantern.reporting.ledger.application;

import java.time.Instant;
import java.util.List;
import uk.lantern.reporting.ledger.domain.LedgerEntry;

/** Where the ledger is kept. Append-only but for {@link #forgetChild}: nothing else changes or removes an entry. */
public interface LedgerStore {

    /** @return false if an entry with the event's id is there already (a redelivery adds nothing) */
    boolean append(LedgerEntry entry);

    /** Every entry the sources had accepted by {@code asAt}, in the fold order (knownAt, then event id). */
    List<LedgerEntry> knownBy(Instant asAt);

    /** Every entry, in the fold order. */
    List<LedgerEntry> all();

    /** Whether the record (source and id) has been erased, at any time. */
    boolean erased(LedgerEntry.Source source, String recordId);

    /** Removes what the entries about the record said about the child (its erasure arrived). */
    void forgetChild(LedgerEntry.Source source, String recordId);

    long size();
}
