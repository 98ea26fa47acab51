package uk.lantern.mace.common.domain;

import uk.lantern.support.problems.RuleViolation;

/** A command that breaks a rule of the panel's work, naming the field. Answered 422. */
public class MaceRuleViolation extends RuleViolation {

    public MaceRuleViolation(String field, String reason) {
        super(field, reason);
    }
}
