package uk.lantern.support.web;

import java.util.Optional;

/** Reads the version a client last saw from an If-Match header: {@code "3"}, {@code W/"3"} or {@code 3}. */
public final class IfMatch {

    public static Optional<Long> version(String header) {
        if (header == null || header.isBlank() || header.trim().equals("*")) {
            return Optional.empty();
        }
        String value = header.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            throw new uk.lantern.support.problems.InvalidRequestParameter("If-Match", "must be the ETag of the record you last read, e.g. \"3\"");
        }
    }

    private IfMatch() {
    }
}
