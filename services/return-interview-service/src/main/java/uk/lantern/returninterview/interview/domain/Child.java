package uk.lantern.returninterview.interview.domain;

import java.time.LocalDate;

/**
 * The child as the missing-episode record knows them: any identifier may be absent. {@code ethnicity} (DfE codes) is
 * carried through to this service's own events for the statutory returns; absent when the record did not give it.
 */
public record Child(String localAuthorityPersonId, String nhsNumber, String upn, String policePersonId,
                    String givenName, String familyName, LocalDate dateOfBirth, Sex sex, String postcode,
                    Ethnicity ethnicity) {

    public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }
}
