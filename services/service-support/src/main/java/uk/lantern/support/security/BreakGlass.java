package uk.lantern.support.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * "Break the glass": reading a child's record one's role gives no standing reason to see, in an emergency, with the
 * reason stated in the {@value #HEADER} header. The reason is kept with the request for the access log, which flags
 * the access for a manager's review.
 */
public final class BreakGlass {

    public static final String HEADER = "Lantern-Break-Glass";
    /** The purpose of a read, in the reader's words, for the access log; optional. */
    public static final String PURPOSE_HEADER = "Lantern-Purpose";
    static final String ATTRIBUTE = BreakGlass.class.getName() + ".reason";
    static final int SHORTEST_REASON = 10;
    static final int LONGEST_REASON = 500;

    /** The reason given, if the request broke the glass and was let through for it. */
    public static Optional<String> reason(HttpServletRequest request) {
        return Optional.ofNullable((String) request.getAttribute(ATTRIBUTE));
    }

    /** The reason in the header, if it is one a manager could review (10 to 500 characters). */
    static Optional<String> stated(HttpServletRequest request) {
        String reason = request.getHeader(HEADER);
        if (reason == null) {
            return Optional.empty();
        }
        String trimmed = reason.strip();
        return trimmed.length() >= SHORTEST_REASON && trimmed.length() <= LONGEST_REASON
                ? Optional.of(trimmed) : Optional.empty();
    }

    private BreakGlass() {
    }
}
