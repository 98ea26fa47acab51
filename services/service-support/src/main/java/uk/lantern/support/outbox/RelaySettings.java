package uk.lantern.support.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How the outbox relay polls and backs off while the broker is unreachable. */
@ConfigurationProperties("lantern.outbox")
public record RelaySettings(
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("200ms") Duration minBackoff,
        @DefaultValue("5s") Duration maxBackoff,
        @DefaultValue("20s") Duration sendTimeout) {
}
