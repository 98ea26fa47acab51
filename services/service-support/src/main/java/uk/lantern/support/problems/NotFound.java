package uk.lantern.support.problems;

/** No such record. Answered 404. */
public class NotFound extends RuntimeException {

    public NotFound(String what) {
        super("no " + what);
    }
}
