package uk.lantern.support.retention;

import jakarta.validation.constraints.NotNull;
import java.util.Arrays;
import java.util.stream.Collectors;
import uk.lantern.support.problems.InvalidRequestParameter;

/**
 * The body of every erasure asked for by a person ({@code POST .../{id}/erasure}): why. On request the only reason
 * is {@code WRONGLY_RECORDED} (recorded against the wrong child, or never to have been recorded); the service's other
 * reasons ({@code RETENTION}, the purge's; any of its own) are given by the service itself, and asking with one is a
 * 400 naming {@code reason}, as is a body without one ({@code @Valid}). An unknown value is a 400 from the body's
 * reading, like any enum.
 *
 * @param reason the service's own erasure reason enum
 */
public record ErasureRequest<R extends Enum<R>>(@NotNull R reason) {

    public static final String WRONGLY_RECORDED = "WRONGLY_RECORDED";

    /** The reason, if it is one a person may ask for; otherwise 400 naming {@code reason}. */
    public R wronglyRecorded() {
        if (!reason.name().equals(WRONGLY_RECORDED)) {
            String others = Arrays.stream(reason.getDeclaringClass().getEnumConstants())
                    .map(Enum::name).filter(name -> !name.equals(WRONGLY_RECORDED)).collect(Collectors.joining(", "));
            throw new InvalidRequestParameter("reason", "on request only " + WRONGLY_RECORDED + "; " + others
                    + " the service gives itself (RETENTION is the purge's)");
        }
        return reason;
    }
}
