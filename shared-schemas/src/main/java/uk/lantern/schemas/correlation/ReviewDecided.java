package uk.lantern.schemas.correlation;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's decision was applied. {@code moves} lists which records moved from which child to which (empty when
 * nothing moved). {@code reviewId} is null for an unlink that did not come from a review item.
 */
public record ReviewDecided(String decisionId, String reviewId, String decision, String recordA, String recordB,
                            String reviewer, Instant decidedAt, List<RecordMove> moves) implements IdentityEvent {
    public ReviewDecided {
        moves = moves == null ? List.of() : List.copyOf(moves);
    }

    public record RecordMove(String recordId, String fromChild, String toChild) {
    }
}
