package uk.lantern.cmeregister.register.domain;

import uk.lantern.support.problems.RuleViolation;

/** A command that breaks a rule of the register, naming the field at fault. */
public class RegisterRuleViolation extends RuleViolation {

    public RegisterRuleViolation(String field, String reason) {
        super(field, reason);
    }

    /** The same violation with its field placed under {@code parent}, e.g. {@code school.urn}. */
    public RegisterRuleViolation under(String parent) {
        return new RegisterRuleViolation(parent + "." + field(), getMessage());
    }
}
