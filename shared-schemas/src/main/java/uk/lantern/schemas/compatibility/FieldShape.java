package uk.lantern.schemas.compatibility;

import java.util.Set;
import java.util.TreeSet;

/** What a consumer may rely on about one field: whether it is always present and which JSON types it can have. */
record FieldShape(boolean required, Set<String> types) {

    FieldShape merge(FieldShape other) {
        Set<String> merged = new TreeSet<>(types);
        merged.addAll(other.types);
        return new FieldShape(required || other.required, merged);
    }
}
