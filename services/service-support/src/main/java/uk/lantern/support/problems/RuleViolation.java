package uk.lantern.support.problems;

/** A command that breaks a rule of the domain, naming the field at fault. Answered 422. Plain Java: domains extend it. */
public class RuleViolation extends RuntimeException {

    private final String field;

    public RuleViolation(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage();
    }
}
