package uk.lantern.correlation.identity;

/**
 * A POSSIBLE_SAME_CHILD item for the review queue: the two records, the children they now belong to, the score and
 * the field comparisons, and why it was not linked (below the link threshold, or blocked by a strong-identifier
 * conflict).
 */
public record ReviewItem(String recordA, String childA, String recordB, String childB, double score,
                         String reason, Comparison comparison) {
}
