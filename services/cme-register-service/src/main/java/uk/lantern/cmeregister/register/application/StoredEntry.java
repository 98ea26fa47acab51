package uk.lantern.cmeregister.register.application;

import java.util.List;
import uk.lantern.cmeregister.register.domain.RegisterEntry;

/** An entry as stored: its state, its version for optimistic locking, and the request keys already applied. */
public record StoredEntry(RegisterEntry entry, long version, List<String> appliedRequestKeys) {

    public StoredEntry {
        appliedRequestKeys = List.copyOf(appliedRequestKeys);
    }
}
