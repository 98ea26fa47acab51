package uk.lantern.schemas.correlation;

import java.time.Instant;

/**
 * Two records may be one child, below the auto-link threshold (or blocked by a conflicting strong identifier): a
 * POSSIBLE_SAME_CHILD item for the review queue. {@code reviewId} is derived from the two record ids.
 */
public record ReviewRaised(String reviewId, String recordA, String childA, String recordB, String childB,
                           double score, String reason, String agreeingFields, String explanation, Instant raisedAt)
        implements IdentityEvent {
}
