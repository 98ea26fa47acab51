package uk.lantern.correlation.profile;

import static java.util.Comparator.comparing;
import static java.util.Comparator.naturalOrder;
import static java.util.Comparator.nullsFirst;
import static java.util.Comparator.nullsLast;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * One event of a child's chronology: which source recorded what, when, about which of the child's records. A
 * child's chronology is every event of the records its profile lists. {@code summary} says what happened in words
 * where the chronology has them (the MACE panel's entries); null otherwise.
 */
public record ChronologyEntry(String eventId, String source, String eventType, Instant occurredAt,
                              Instant recordedAt, String recordId, String summary) {

    public ChronologyEntry(String eventId, String source, String eventType, Instant occurredAt, Instant recordedAt,
                           String recordId) {
        this(eventId, source, eventType, occurredAt, recordedAt, recordId, null);
    }

    private static final Comparator<Instant> TIME = nullsLast(naturalOrder());
    private static final Comparator<String> TEXT = nullsFirst(naturalOrder());

    /** Oldest first by when it happened; ties by event id, so the same events give the same order however read. */
    public static final Comparator<ChronologyEntry> OLDEST_FIRST = comparing(ChronologyEntry::occurredAt, TIME)
            .thenComparing(ChronologyEntry::eventId, TEXT)
            .thenComparing(ChronologyEntry::source, TEXT)
            .thenComparing(ChronologyEntry::eventType, TEXT)
            .thenComparing(ChronologyEntry::recordedAt, TIME)
            .thenComparing(ChronologyEntry::recordId, TEXT)
            .thenComparing(ChronologyEntry::summary, TEXT);

    public static List<ChronologyEntry> oldestFirst(Collection<ChronologyEntry> entries) {
        return entries.stream().distinct().sorted(OLDEST_FIRST).toList();
    }
}
