package uk.lantern.support.problems;

/** A request parameter or header that cannot be used, naming it. Answered 400. */
public class InvalidRequestParameter extends RuntimeException {

    private final String field;

    public InvalidRequestParameter(String field, String reason) {
        super(reason);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
