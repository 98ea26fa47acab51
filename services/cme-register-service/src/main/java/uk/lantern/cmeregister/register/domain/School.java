package uk.lantern.cmeregister.register.domain;

/** A school by its unique reference number (URN, 6 digits) and name. */
public record School(String urn, String name) {

    public School {
        if (urn == null || !urn.matches("[0-9]{6}")) {
            throw new RegisterRuleViolation("urn", "a school's unique reference number is 6 digits");
        }
        if (name == null || name.isBlank()) {
            throw new RegisterRuleViolation("name", "required: the school's name");
        }
    }
}
