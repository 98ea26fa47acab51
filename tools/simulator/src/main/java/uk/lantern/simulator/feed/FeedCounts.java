package uk.lantern.simulator.feed;

/** What feeding cost: HTTP requests sent (retries and re-reads included), retries, steps refused. */
public record FeedCounts(long requestsSent, long retries, long rejected) {
}
