package uk.lantern.simulator.city;

import java.time.LocalDate;

/**
 * A child of the simulated city as they really are: every identifier is known here,
 * even though each report only carries some of them.
 *
 * @param ethnicity in the DfE's codes
 * @param placement null when the child lives at home
 * @param allocatedWorker the child's social worker and team; null for a child at home with no plan
 * @param exploitationWorker who in the Exploitation and Missing team takes the child on if assessed without an
 *                           allocated worker
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
        Ethnicity ethnicity,
        Placement placement,
        boolean childProtectionPlan,
        AllocatedWorker allocatedWorker,
        AllocatedWorker exploitationWorker,
        int missingEpisodesPerYear) {

    public boolean lookedAfter() {
        return placement != null;
    }

    /** The worker and team an exploitation assessment names: the allocated one, else the Exploitation and Missing team. */
    public AllocatedWorker allocatedWhenAssessed() {
        return allocatedWorker != null ? allocatedWorker : exploitationWorker;
    }
}
