package uk.lantern.reporting.ledger.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One event as the ledger keeps it: what the figures and lists need of it, never more (no names, no free text, no
 * NHS number or postcode). Entries are added, never changed; a redelivered event is the same entry.
 *
 * @param eventId   the envelope's event id: the entry's identity
 * @param source    which stream it came from
 * @param type      the event type, e.g. {@code EpisodeReported}
 * @param version   its schema version
 * @param recordId  the record it is about: the episode (and its interview case), register entry, concern,
 *                  assessment or alert id; for identity events the source record id; for MACE the meeting, the
 *                  action, or the meeting and child ({@code m-1|child-7}) of a discussion, drift or outcome
 * @param occurredAt when it happened in the world, as recorded
 * @param knownAt   when the source accepted it (the envelope's {@code recordedAt}): stable when the topics are replayed,
 *                  and the instant from which the figures "as at" include it
 * @param facts     the event's facts the figures use, by name ({@link Facts}), sorted
 * @param child     what the event said about the child (empty for alerts, the work on them, identity and erasures)
 */
public record LedgerEntry(String eventId, Source source, String type, int version, String recordId, Instant occurredAt,
                          Instant knownAt, Map<String, String> facts, ChildDetails child) {

    /** ALERT_WORK: what people did about alerts, and their escalations ({@code lantern.alert-work.v1}); MACE: the panel's
     * meetings, discussions, actions, drift and outcomes ({@code lantern.mace.v1}). */
    public enum Source { MISSING_EPISODES, RETURN_INTERVIEWS, CME_REGISTER, EXPLOITATION_RISK, IDENTITY, ALERTS, ALERT_WORK,
        MACE }

    public LedgerEntry {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(knownAt, "knownAt");
        facts = facts == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(facts));
        child = child == null ? ChildDetails.NONE : child;
    }

    /** The fixed order of folding: when the source accepted it, then the event id. */
    public static final java.util.Comparator<LedgerEntry> FOLD_ORDER =
            java.util.Comparator.comparing(LedgerEntry::knownAt).thenComparing(LedgerEntry::eventId);

    public Optional<String> fact(String name) {
        return Optional.ofNullable(facts.get(name));
    }

    public Optional<Instant> instant(String name) {
        return fact(name).map(Instant::parse);
    }

    public Optional<java.time.LocalDate> date(String name) {
        return fact(name).map(java.time.LocalDate::parse);
    }

    public boolean flag(String name) {
        return fact(name).map(Boolean::parseBoolean).orElse(false);
    }

    public boolean is(String eventType) {
        return type.equals(eventType);
    }

    /** The same entry without what it said about the child (kept once the record it is about was erased). */
    public LedgerEntry withoutChild() {
        return new LedgerEntry(eventId, source, type, version, recordId, occurredAt, knownAt, facts, ChildDetails.NONE);
    }
}
