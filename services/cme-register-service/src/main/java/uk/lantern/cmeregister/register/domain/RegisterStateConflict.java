package uk.lantern.cmeregister.register.domain;

import uk.lantern.support.problems.StateConflict;

/** A command the entry cannot take in its current state, e.g. an enquiry on an entry already closed. */
public class RegisterStateConflict extends StateConflict {

    public RegisterStateConflict(String reason) {
        super(reason);
    }
}
