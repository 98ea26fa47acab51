package uk.lantern.returninterview.interview.domain;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

/**
 * Local policy for new cases: how long after the return the offer is due (statutory guidance: 72 hours), and which
 * independent provider takes each context.
 */
public record Assignment(Duration interviewWindow, Map<Context, String> providers) {

    public Assignment {
        if (interviewWindow == null || interviewWindow.isNegative() || interviewWindow.isZero()) {
            throw new IllegalArgumentException("the offer window must be positive");
        }
        providers = new EnumMap<>(providers);
        for (Context context : Context.values()) {
            String provider = providers.get(context);
            if (provider == null || provider.isBlank()) {
                throw new IllegalArgumentException("no provider is configured for " + context);
            }
        }
        providers = Map.copyOf(providers);
    }

    public String providerFor(Context context) {
        return providers.get(context);
    }
}
