package uk.lantern.returninterview.retention.domain;

import java.time.Instant;
import java.util.UUID;
import uk.lantern.returninterview.interview.domain.CaseId;

/**
 * A case erased: what its tombstone keeps (ids and times, nothing of the child) and the event that tells readers to
 * forget it. {@code erasedBy} is the person who asked (null for the purge and for an erased episode). {@code eventId}
 * is null when there was no case to erase: the episode was erased before its child returned, and the tombstone only
 * stops a {@code ChildReturned} delivered later from opening one (nobody was told anything, so there is nothing to
 * retract).
 */
public record Erasure(UUID eventId, CaseId caseId, Instant erasedAt, ErasureReason reason, String erasedBy) {

    /** False for the tombstone of a case that was never opened. */
    public boolean caseWasErased() {
        return eventId != null;
    }
}
