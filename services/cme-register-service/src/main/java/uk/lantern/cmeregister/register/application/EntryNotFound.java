package uk.lantern.cmeregister.register.application;

import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.support.problems.NotFound;

public class EntryNotFound extends NotFound {

    public EntryNotFound(EntryId id) {
        super("register entry " + id);
    }
}
