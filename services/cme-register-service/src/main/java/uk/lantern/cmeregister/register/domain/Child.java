package uk.lantern.cmeregister.register.domain;

import java.time.LocalDate;
import java.util.stream.Stream;

/**
 * What the school knows about the pupil. Any field may be missing, but the child must be identifiable.
 * {@code ethnicity} is in the DfE's codes, for the statutory returns.
 */
public record Child(
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

    public enum Sex { FEMALE, MALE, OTHER, UNKNOWN }

    public Child {
        if (Stream.of(localAuthorityPersonId, nhsNumber, upn, policePersonId, familyName).allMatch(Child::blank)) {
            throw new RegisterRuleViolation("pupil",
                    "give at least one identifier (upn, localAuthorityPersonId, nhsNumber, policePersonId) or the familyName");
        }
        if (!blank(nhsNumber) && !NhsNumber.isValid(nhsNumber)) {
            throw new RegisterRuleViolation("pupil.nhsNumber", "not a valid NHS number (10 digits with a modulus-11 check digit)");
        }
        if (!blank(upn) && !upn.matches("[A-Z][0-9]{11}[0-9A-Z]")) {
            throw new RegisterRuleViolation("pupil.upn", "not a unique pupil number (a letter, 11 digits, a digit or letter)");
        }
    }

    public boolean hasUpn() {
        return !blank(upn);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
