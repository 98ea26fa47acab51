package uk.lantern.cmeregister.retention.domain;

import java.time.Instant;
import java.util.UUID;
import uk.lantern.cmeregister.register.domain.EntryId;

/**
 * A register entry erased: what its tombstone keeps (ids and times, nothing of the child) and the event that tells
 * readers to forget it. {@code erasedBy} is the person who asked (null for the retention purge).
 */
public record Erasure(UUID eventId, EntryId entryId, Instant erasedAt, ErasureReason reason, String erasedBy) {
}
