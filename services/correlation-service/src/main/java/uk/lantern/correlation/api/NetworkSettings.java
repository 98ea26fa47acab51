package uk.lantern.correlation.api;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code lantern.correlation.network.*}: how far back a child's network looks unless the request says ({@code window}),
 * how many other children it shows unless asked ({@code limit}) and at most ({@code maxLimit}), and above how many
 * children in the window a link key is "busy": shown with its count, its children not drawn ({@code busyAbove}).
 */
@ConfigurationProperties("lantern.correlation.network")
public record NetworkSettings(@DefaultValue("365d") Duration window, @DefaultValue("50") int limit,
                              @DefaultValue("200") int maxLimit, @DefaultValue("25") int busyAbove) {

    public NetworkSettings {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("lantern.correlation.network.window must be positive: " + window);
        }
        if (maxLimit < 1 || limit < 1 || limit > maxLimit) {
            throw new IllegalArgumentException("lantern.correlation.network: need 1 <= limit (" + limit
                    + ") <= max-limit (" + maxLimit + ")");
        }
        if (busyAbove < 1) {
            throw new IllegalArgumentException("lantern.correlation.network.busy-above must be at least 1: " + busyAbove);
        }
    }

    public static NetworkSettings defaults() {
        return new NetworkSettings(Duration.ofDays(365), 50, 200, 25);
    }
}
