package uk.lantern.support.problems;

/** A command the record cannot take in its current state. Answered 409. Plain Java: domains extend it. */
public class StateConflict extends RuntimeException {

    public StateConflict(String reason) {
        super(reason);
    }
}
