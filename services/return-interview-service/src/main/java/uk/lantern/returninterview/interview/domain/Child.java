package uk.lantern.returninterview.interview.domain;

import java.time.LocalDate;

/** The child as the missing-episode record knows them: any identifier may be absent. */
public record Child(String localAuthorityPersonId, String nhsNumber, String upn, String policePersonId,
                    String givenName, String familyName, LocalDate dateOfBirth, Sex sex, String postcode) {

    public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }
}
