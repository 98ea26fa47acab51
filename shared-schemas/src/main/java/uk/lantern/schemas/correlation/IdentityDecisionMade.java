package uk.lantern.schemas.correlation;

import java.time.Instant;

import uk.lantern.schemas.EventData;

/**
 * A reviewer's decision on {@code lantern.identity-decisions.v1}: CONFIRM or REJECT a possible match (both record
 * ids), or UNLINK a record from its child ({@code recordB} null). Written by the correlation service's API, read by
 * its stream; ordered with the source events by the single identity task.
 */
public record IdentityDecisionMade(String decisionId, String decision, String recordA, String recordB,
                                   String reviewId, String reviewer, String reason, Instant decidedAt)
        implements EventData {
}
