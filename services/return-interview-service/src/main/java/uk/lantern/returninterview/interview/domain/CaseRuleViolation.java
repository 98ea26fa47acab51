package uk.lantern.returninterview.interview.domain;

import uk.lantern.support.problems.RuleViolation;

/** A command that breaks a rule of return interviews, naming the field at fault. */
public class CaseRuleViolation extends RuleViolation {

    public CaseRuleViolation(String field, String reason) {
        super(field, reason);
    }

    public CaseRuleViolation under(String parent) {
        return new CaseRuleViolation(parent + "." + field(), getMessage());
    }
}
