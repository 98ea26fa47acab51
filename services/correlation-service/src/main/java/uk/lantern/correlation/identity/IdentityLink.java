package uk.lantern.correlation.identity;

/**
 * Why two records are held to be the same child: an edge of a child's identity graph. Every link carries its
 * explanation (which fields agreed, the score), so a merge can be explained and undone.
 */
public record IdentityLink(String recordA, String recordB, Reason reason, double score, String agreeingFields,
                           String explanation) {

    public enum Reason { STRONG_ID, PROBABILISTIC, CONFIRMED }

    public boolean touches(String recordId) {
        return recordA.equals(recordId) || recordB.equals(recordId);
    }

    public String other(String recordId) {
        return recordA.equals(recordId) ? recordB : recordA;
    }
}
