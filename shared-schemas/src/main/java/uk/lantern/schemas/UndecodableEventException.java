package uk.lantern.schemas;

import java.util.List;

/** A message that is not a valid event of its topic. {@link #reasons()} says why; it belongs on a dead-letter topic. */
public class UndecodableEventException extends RuntimeException {

    private final List<String> reasons;

    public UndecodableEventException(List<String> reasons, Throwable cause) {
        super(String.join("; ", reasons), cause);
        this.reasons = List.copyOf(reasons);
    }

    public UndecodableEventException(String reason) {
        this(List.of(reason), null);
    }

    public List<String> reasons() {
        return reasons;
    }
}
