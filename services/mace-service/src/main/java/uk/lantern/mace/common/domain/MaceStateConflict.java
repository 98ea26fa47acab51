package uk.lantern.mace.common.domain;

import uk.lantern.support.problems.StateConflict;

/** A command the meeting or action cannot take in its current state. Answered 409. */
public class MaceStateConflict extends StateConflict {

    public MaceStateConflict(String reason) {
        super(reason);
    }
}
