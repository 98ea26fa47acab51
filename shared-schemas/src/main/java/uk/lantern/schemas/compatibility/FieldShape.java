package uk.lantern.schemas.compatibility;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a consumer may rely on about one field: whether it is always present, which JSON types it can have, and the
 * constraints a message must meet. Where one field is described by several schema nodes (a {@code $ref} with a
 * sibling description, the parts of an {@code allOf}) every node applies, so {@link #merge} keeps the tightest.
 *
 * @param enumValues the allowed values as JSON text, or null when any value is allowed
 * @param constValue the one allowed value as JSON text, or null when there is none
 * @param patterns   every {@code pattern} the value must match
 * @param formats    every {@code format} the value must have
 * @param closedTo   for an object with {@code additionalProperties: false} (or {@code unevaluatedProperties:
 *                   false}), the only property names it may carry; null when it is open
 */
record FieldShape(boolean required, Set<String> types, Set<String> enumValues, String constValue,
                  Set<String> patterns, Set<String> formats, Integer minLength, Integer maxLength, Integer minItems,
                  Integer maxItems, BigDecimal minimum, BigDecimal maximum, Set<String> closedTo) {

    FieldShape {
        types = sorted(types);
        enumValues = enumValues == null ? null : sorted(enumValues);
        patterns = sorted(patterns);
        formats = sorted(formats);
        closedTo = closedTo == null ? null : sorted(closedTo);
    }

    /** Sorted, so that a break names the values in the same order every time. */
    private static Set<String> sorted(Set<String> values) {
        return Collections.unmodifiableSortedSet(new TreeSet<>(values));
    }

    FieldShape(boolean required, Set<String> types) {
        this(required, types, null, null, Set.of(), Set.of(), null, null, null, null, null, null, null);
    }

    FieldShape merge(FieldShape other) {
        return new FieldShape(required || other.required, union(types, other.types),
                intersection(enumValues, other.enumValues), constValue != null ? constValue : other.constValue,
                union(patterns, other.patterns), union(formats, other.formats),
                larger(minLength, other.minLength), smaller(maxLength, other.maxLength),
                larger(minItems, other.minItems), smaller(maxItems, other.maxItems),
                larger(minimum, other.minimum), smaller(maximum, other.maximum),
                intersection(closedTo, other.closedTo));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> merged = new TreeSet<>(a);
        merged.addAll(b);
        return merged;
    }

    /** Null stands for "anything": both sets apply, so a value must be in each. */
    private static Set<String> intersection(Set<String> a, Set<String> b) {
        if (a == null || b == null) {
            return a == null ? b : a;
        }
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static <T extends Comparable<T>> T larger(T a, T b) {
        return a == null ? b : b == null ? a : a.compareTo(b) >= 0 ? a : b;
    }

    private static <T extends Comparable<T>> T smaller(T a, T b) {
        return a == null ? b : b == null ? a : a.compareTo(b) <= 0 ? a : b;
    }
}
