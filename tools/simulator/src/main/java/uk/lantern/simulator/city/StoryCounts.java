package uk.lantern.simulator.city;

/**
 * How many children of the plan are in each correlated story the correlation service looks for
 * (DOMAIN.md "Patterns"). Counted on the plan, as if every source were fed.
 *
 * @param repeatMissingCmeDisclosure 3+ episodes in 90 days, then a CME notification, then a disclosure of an adult
 *                                   (phone and vehicle) in a return interview and a concern
 * @param disclosureAssessedModerateOrSignificant of those, assessed at category 3 or 4 before going missing again
 * @param missingWithExploitationRisk reported missing while an open assessment is at category 3 or 4
 * @param nameVariations children whose name is sent with a nickname or typo by at least one source
 */
public record StoryCounts(
        int repeatMissing,
        int repeatMissingCmeDisclosure,
        int disclosureAssessedModerateOrSignificant,
        int missingWithExploitationRisk,
        int sharedAssociate,
        int sharedLocation,
        int screeningGap,
        int assessmentReviewOverdue,
        int cmeEnquiryStalled,
        int missingAndCme,
        int needToKnow,
        int rhiOverdue,
        int nameVariations) {
}
