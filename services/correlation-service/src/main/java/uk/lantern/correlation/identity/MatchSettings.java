package uk.lantern.correlation.identity;

/**
 * Every number identity resolution depends on. {@link #defaults()} documents the values in use; they were tuned on
 * FEBRL datasets 1 and 2 (see IDENTITY.md) and are meant to be overridden from configuration.
 *
 * @param linkThreshold        a pair scoring at least this (in bits) is linked
 * @param reviewThreshold      a pair scoring at least this but below the link threshold is a review item
 * @param swapPenalty          bits taken off when the names only agree swapped (given ↔ family)
 * @param strongIdTypoTolerant when true, two values of one strong-id scheme that differ by one character edit or
 *                             one adjacent transposition are a likely typo: neither agreement nor conflict. When
 *                             false every difference is a conflict. (NHS numbers carry a check digit, so two valid
 *                             NHS numbers never differ that way.)
 * @param householdGuard       what a probabilistic link needs beyond the score, because family name, postcode and
 *                             address are shared by a household: see {@link HouseholdGuard}
 * @param maxBlockSize         a blocking key with more records than this is skipped (bounds the cost per record)
 * @param strongIdDifference   what two different values of one strong-id scheme (beyond a typo) mean: see
 *                             {@link StrongIdDifference}
 */
public record MatchSettings(
        double linkThreshold,
        double reviewThreshold,
        FieldModel givenName,
        FieldModel familyName,
        FieldModel dateOfBirth,
        FieldModel sex,
        FieldModel postcode,
        FieldModel address,
        FieldModel strongId,
        double swapPenalty,
        boolean strongIdTypoTolerant,
        HouseholdGuard householdGuard,
        int maxBlockSize,
        StrongIdDifference strongIdDifference) {

    /**
     * Brothers, sisters and twins share a family name, an address and a postcode, which is most of the weight, and
     * namesakes share names. OFF: the score alone decides. SIBLINGS: a probabilistic link also needs evidence of the
     * child's own: where postcode or address agree, the date of birth exactly, or the given name with the postcode or
     * with a date of birth one keying error away; where neither agrees, both names and the exact date of birth (see
     * {@link Comparison#passes}). TWINS (the default): as SIBLINGS, and two given names that plainly disagree never
     * link without a shared strong identifier, since twins share family name, address, postcode and date of birth and
     * a wrong merge is as harmful as a missed link. A pair stopped by the guard becomes a review item.
     */
    public enum HouseholdGuard { OFF, SIBLINGS, TWINS }

    /**
     * Two different values of one strong-identifier scheme, beyond a typo. A scheme with a check digit (NHS number,
     * a UPN whose check letter is valid on both sides) cannot differ by a keying error, so there a difference is
     * always a conflict that never links. Schemes without one (LA and police person ids, FEBRL's SOC_SEC_ID, any
     * other) do differ for one child: a duplicate person record in a council's system, two forces' ids, a number
     * keyed with several errors. CONFLICT: every difference never links (as before). EVIDENCE: in a scheme without a
     * check digit a difference weighs as the strong id's disagreement, and the pair links only when the child's own
     * identity agrees in full ({@link Comparison#identityAgreesInFull}) on top of the link threshold and the household
     * guard.
     */
    public enum StrongIdDifference { CONFLICT, EVIDENCE }

    public MatchSettings {
        if (reviewThreshold > linkThreshold) {
            throw new IllegalArgumentException("review threshold above link threshold");
        }
        if (strongIdDifference == null) {
            throw new IllegalArgumentException("strongIdDifference is required");
        }
    }

    public static MatchSettings defaults() {
        return new MatchSettings(
                13.0,
                6.0,
                //                 exact          close          partial
                new FieldModel(0.85, 0.004, 0.08, 0.004, 0.03, 0.015),  // given name
                new FieldModel(0.87, 0.002, 0.07, 0.003, 0.03, 0.01),   // family name
                new FieldModel(0.90, 0.0002, 0.05, 0.004, 0.01, 0.02),  // date of birth (close: 18 years of birthdays)
                new FieldModel(0.96, 0.5, 0.001, 0.001, 0.001, 0.001),  // sex
                new FieldModel(0.86, 0.001, 0.08, 0.01, 0.02, 0.03),    // postcode
                new FieldModel(0.55, 0.0005, 0.30, 0.002, 0.08, 0.02),  // address line
                new FieldModel(0.90, 0.000001, 0.07, 0.0001, 0.001, 0.001), // strong id (close = typo)
                1.0,
                true,
                HouseholdGuard.TWINS,
                1_000,
                StrongIdDifference.EVIDENCE);
    }

    public MatchSettings withThresholds(double link, double review) {
        return new MatchSettings(link, review, givenName, familyName, dateOfBirth, sex, postcode, address, strongId,
                swapPenalty, strongIdTypoTolerant, householdGuard, maxBlockSize, strongIdDifference);
    }

    public MatchSettings withHouseholdGuard(HouseholdGuard guard) {
        return new MatchSettings(linkThreshold, reviewThreshold, givenName, familyName, dateOfBirth, sex, postcode,
                address, strongId, swapPenalty, strongIdTypoTolerant, guard, maxBlockSize, strongIdDifference);
    }

    public MatchSettings withMaxBlockSize(int max) {
        return new MatchSettings(linkThreshold, reviewThreshold, givenName, familyName, dateOfBirth, sex, postcode,
                address, strongId, swapPenalty, strongIdTypoTolerant, householdGuard, max, strongIdDifference);
    }

    public MatchSettings withStrongIdDifference(StrongIdDifference difference) {
        return new MatchSettings(linkThreshold, reviewThreshold, givenName, familyName, dateOfBirth, sex, postcode,
                address, strongId, swapPenalty, strongIdTypoTolerant, householdGuard, maxBlockSize, difference);
    }
}
