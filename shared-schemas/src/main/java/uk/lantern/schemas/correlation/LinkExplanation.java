package uk.lantern.schemas.correlation;

/**
 * Why two records are held to be one child.
 *
 * @param reason         STRONG_ID, PROBABILISTIC or CONFIRMED
 * @param agreeingFields the fields that agreed, e.g. "nhsNumber, familyName, dateOfBirth"
 * @param explanation    each field's comparison and weight
 */
public record LinkExplanation(String recordA, String recordB, String reason, double score, String agreeingFields,
                              String explanation) {
}
