package uk.lantern.simulator.city;

import java.time.LocalDate;

/**
 * A child of the simulated city as they really are: every identifier is known here,
 * even though each report only carries some of them.
 *
 * @param placement null when the child lives at home
 * @param missingEpisodesPerYear how often this child goes missing, which drives repeat missing
 */
public record Child(
        String key,
        String localAuthorityPersonId,
        String nhsNumber,
        String upn,
        String policePersonId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Sex sex,
        String postcode,
        Placement placement,
        boolean childProtectionPlan,
        int missingEpisodesPerYear) {

    public boolean lookedAfter() {
        return placement != null;
    }
}
