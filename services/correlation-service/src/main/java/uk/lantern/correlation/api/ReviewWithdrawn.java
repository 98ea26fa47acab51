package uk.lantern.correlation.api;

/**
 * A decision on a review that was withdrawn: one of its records was forgotten after every event of it was erased at
 * its source, so there is nothing left to decide (410, nothing sent; {@link DecisionProblems}).
 */
public class ReviewWithdrawn extends RuntimeException {

    public ReviewWithdrawn(String detail) {
        super(detail);
    }
}
