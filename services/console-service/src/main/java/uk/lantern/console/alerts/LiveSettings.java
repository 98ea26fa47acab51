package uk.lantern.console.alerts;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code lantern.console.live.*}: where the console hears that alerts changed, so open boards update themselves.
 *
 * @param enabled          false: boards are still served, without live updates
 * @param bootstrapServers the Kafka brokers
 * @param topics           the topics whose events name an alert ({@code data.alertId}): {@code lantern.alerts.v1},
 *                         and {@code lantern.alert-work.v1} (acknowledged, assigned, resolved, escalated)
 * @param username         the console's Kafka principal ({@code lantern-console}); blank: PLAINTEXT, as in tests
 * @param password         its password ({@code LANTERN_KAFKA_PASSWORD})
 * @param streamTimeout    how long one server-sent events stream stays open before the browser re-opens it
 * @param refreshEvery     an open board also asks for its rows this often, whatever it has heard: a notice lost
 *                         while the broker was away is made good within this time
 * @param quietAfter       the board says live updates are paused when the broker has not answered for this long
 */
@ConfigurationProperties("lantern.console.live")
public record LiveSettings(Boolean enabled, String bootstrapServers, List<String> topics, String username,
                           String password, String securityProtocol, String saslMechanism, Duration streamTimeout,
                           Duration refreshEvery, Duration quietAfter) {

    public LiveSettings {
        enabled = enabled == null || enabled;
        bootstrapServers = bootstrapServers == null || bootstrapServers.isBlank() ? "localhost:9092" : bootstrapServers;
        topics = topics == null || topics.isEmpty() ? List.of("lantern.alerts.v1") : List.copyOf(topics);
        securityProtocol = securityProtocol == null || securityProtocol.isBlank() ? "SASL_PLAINTEXT" : securityProtocol;
        saslMechanism = saslMechanism == null || saslMechanism.isBlank() ? "SCRAM-SHA-512" : saslMechanism;
        streamTimeout = streamTimeout == null ? Duration.ofMinutes(30) : streamTimeout;
        refreshEvery = refreshEvery == null || refreshEvery.isZero() || refreshEvery.isNegative()
                ? Duration.ofMinutes(5) : refreshEvery;
        quietAfter = quietAfter == null || quietAfter.isZero() || quietAfter.isNegative()
                ? Duration.ofSeconds(45) : quietAfter;
    }

    public boolean secured() {
        return username != null && !username.isBlank();
    }
}
