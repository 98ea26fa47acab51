package uk.lantern.simulator.feed;

/**
 * What feeding one source cost: HTTP requests sent (retries and case polls included), retries, steps
 * refused, and steps skipped because what they belong to was refused or never created.
 */
public record SourceCounts(long requestsSent, long retries, long rejected, long skipped) {

    public static final SourceCounts NONE = new SourceCounts(0, 0, 0, 0);
}
