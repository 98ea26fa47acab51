package uk.lantern.simulator.city;

import java.time.LocalDate;

/** The child as a report describes them; any field may be missing, identifiers included. */
public record Subject(
        String localAuthorityPersonId,
        String nhsNumber,
        String upn,
        String policePersonId,
        String givenName,
        String familyName,
        LocalDate dateOfBirth,
        Sex sex,
        String postcode,
        Ethnicity ethnicity) {
}
