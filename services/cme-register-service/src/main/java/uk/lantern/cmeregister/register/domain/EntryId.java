package uk.lantern.cmeregister.register.domain;

import java.util.UUID;

/** One child's time on the register, from joining to leaving with an outcome. */
public record EntryId(String value) {

    public EntryId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("entry id is blank");
        }
    }

    public static EntryId random() {
        return new EntryId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
