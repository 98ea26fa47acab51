package uk.lantern.correlation.api;

/** The broker did not acknowledge a reviewer's decision in time: nothing was decided, the reviewer may try again. */
public class DecisionNotSent extends RuntimeException {

    public DecisionNotSent(String reason, Throwable cause) {
        super(reason, cause);
    }
}
