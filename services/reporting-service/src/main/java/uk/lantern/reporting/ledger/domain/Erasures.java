package uk.lantern.reporting.ledger.domain;

import java.util.Set;

/**
 * The events by which a source says a record is gone: from the erasure's {@code knownAt} on, the figures leave the
 * record out. The record is named by its source and id ({@link #recordKey}).
 */
public final class Erasures {

    public static final Set<String> TYPES = Set.of("EpisodeErased", "InterviewCaseErased", "RegisterEntryErased",
            "ConcernErased", "AssessmentErased");

    private Erasures() {
    }

    public static boolean isErasure(LedgerEntry entry) {
        return TYPES.contains(entry.type());
    }

    /** The record an entry is about, unique across sources, e.g. {@code MISSING_EPISODES/ep-1}. */
    public static String recordKey(LedgerEntry entry) {
        // the work on an alert is about the alert: one record, so a difference names all its events
        LedgerEntry.Source source = entry.source() == LedgerEntry.Source.ALERT_WORK ? LedgerEntry.Source.ALERTS
                : entry.source();
        return source.name() + "/" + entry.recordId();
    }
}
