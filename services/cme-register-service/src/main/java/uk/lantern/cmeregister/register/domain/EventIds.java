package uk.lantern.cmeregister.register.domain;

import java.util.UUID;

/** Where new event ids come from; tests give fixed ones. */
@FunctionalInterface
public interface EventIds {

    UUID next();

    static EventIds random() {
        return UUID::randomUUID;
    }
}
