package uk.lantern.correlation.stream.identityindex;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Ordered sets of ids (block members, child members, linked records) kept as one string with ids separated by
 * U+001F, the unit separator, so that adding an id to a block of a thousand is a search and an append, not a parse.
 * An absent set is {@code null}, never the empty string. Ids must be non-empty and free of the separator.
 */
final class IdSets {
    static final char SEPARATOR = '\u001F';

    private IdSets() {
    }

    /** The id itself, once it is known to be storable. */
    static String checked(String id) {
        if (id == null || id.isEmpty() || id.indexOf(SEPARATOR) >= 0) {
            throw new IllegalArgumentException("id cannot be stored in the identity index: " + id);
        }
        return id;
    }

    /** The two ids in a fixed order, so that a pair has one key whichever way round it is named. */
    static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + SEPARATOR + b : b + SEPARATOR + a;
    }

    static Set<String> decode(String encoded) {
        if (encoded == null) {
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        int start = 0;
        for (int end = encoded.indexOf(SEPARATOR); end >= 0; end = encoded.indexOf(SEPARATOR, start)) {
            ids.add(encoded.substring(start, end));
            start = end + 1;
        }
        ids.add(encoded.substring(start));
        return Collections.unmodifiableSet(ids);
    }

    /** The set with the id appended; the same instance when it was already there. */
    static String with(String encoded, String id) {
        checked(id);
        if (encoded == null) {
            return id;
        }
        return indexOf(encoded, id) >= 0 ? encoded : encoded + SEPARATOR + id;
    }

    /** The set without the id; null when that leaves it empty; the same instance when it was not there. */
    static String without(String encoded, String id) {
        int i = encoded == null ? -1 : indexOf(encoded, id);
        if (i < 0) {
            return encoded;
        }
        int end = i + id.length();
        if (i == 0 && end == encoded.length()) {
            return null;
        }
        return end == encoded.length() ? encoded.substring(0, i - 1)
                : encoded.substring(0, i) + encoded.substring(end + 1);
    }

    private static int indexOf(String encoded, String id) {
        if (id.isEmpty()) {
            return -1;
        }
        for (int i = encoded.indexOf(id); i >= 0; i = encoded.indexOf(id, i + 1)) {
            int end = i + id.length();
            if ((i == 0 || encoded.charAt(i - 1) == SEPARATOR)
                    && (end == encoded.length() || encoded.charAt(end) == SEPARATOR)) {
                return i;
            }
        }
        return -1;
    }
}
