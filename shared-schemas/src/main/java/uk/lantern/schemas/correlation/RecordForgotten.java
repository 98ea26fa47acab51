package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.util.List;

/**
 * A source record left identity resolution: every event of it was erased at its source, and the identity stage
 * forgot it (out of every store of the index). The record's review items are withdrawn ({@code reviewsWithdrawn}:
 * a reviewer's decision on one has nothing left to decide), and the rest of its child stayed one child or split
 * ({@code moves}, as a reviewer's unlink splits one).
 *
 * @param recordId         the forgotten record
 * @param childId          the child it belonged to until then
 * @param erasureId        the eventId of the source's erasure that removed its last event
 * @param forgottenAt      when the erasure was recorded at its source
 * @param reason           why, in words, e.g. "every event of it was erased at its source"
 * @param reviewsWithdrawn the POSSIBLE_SAME_CHILD review items it was part of
 * @param moves            the records of its child that moved to another child without it (empty when none)
 */
public record RecordForgotten(String recordId, String childId, String erasureId, Instant forgottenAt, String reason,
                              List<String> reviewsWithdrawn, List<ReviewDecided.RecordMove> moves)
        implements IdentityEvent {
    public RecordForgotten {
        reviewsWithdrawn = reviewsWithdrawn == null ? List.of() : List.copyOf(reviewsWithdrawn);
        moves = moves == null ? List.of() : List.copyOf(moves);
    }
}
