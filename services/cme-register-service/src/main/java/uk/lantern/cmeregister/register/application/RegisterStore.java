package uk.lantern.cmeregister.register.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.register.domain.NotificationGround;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.cmeregister.retention.domain.Erasure;
import uk.lantern.support.outbox.OutboxEntry;

/** Where entries and their unpublished events are kept. One entry is one document: writes to it are atomic. */
public interface RegisterStore {

    /** Stores a new entry with its events; false if an entry with this id already exists. */
    boolean insert(RegisterEntry entry, List<OutboxEntry> events, String requestKey, Instant now);

    /** Replaces the state if still at {@code expectedVersion} and appends the events; false if it was not. */
    boolean update(RegisterEntry entry, long expectedVersion, List<OutboxEntry> events, String requestKey, Instant now);

    Optional<StoredEntry> find(EntryId id);

    /** Children on the register now, longest on it first. */
    List<RegisterEntry> findOnRegister(RegisterFilter filter, int page, int size);

    /** A child's entries, open and closed, newest first, by identifier kind ("la", "nhs", "upn", "police") and value. */
    List<RegisterEntry> findByChild(String identifierKind, String identifier);

    /**
     * Replaces the entry, if still at {@code expectedVersion}, by its tombstone (ids, erasure time and reason, who
     * asked) whose outbox holds only the erasure event: events not yet sent are dropped, never published. False if
     * the entry changed meanwhile or was erased already.
     */
    boolean erase(Erasure erasure, long expectedVersion, OutboxEntry erased);

    /** The erasure of an entry already erased (its tombstone), if it was. */
    Optional<Erasure> erasure(EntryId id);

    /**
     * Ids of entries whose child left the register on or before {@code removedOnOrBefore}, earliest removal first, at
     * most {@code limit}. Entries still on the register are never among them.
     */
    List<EntryId> dueForErasure(LocalDate removedOnOrBefore, int limit);

    /** Children on the register by the ground they joined on, for the metrics. */
    Map<NotificationGround, Long> countOnRegisterByGround();
}
