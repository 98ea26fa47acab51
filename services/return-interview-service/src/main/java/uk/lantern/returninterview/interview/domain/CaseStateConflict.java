package uk.lantern.returninterview.interview.domain;

import uk.lantern.support.problems.StateConflict;

/** A command the case cannot take in its current state, e.g. closing before any outcome. */
public class CaseStateConflict extends StateConflict {

    public CaseStateConflict(String reason) {
        super(reason);
    }
}
