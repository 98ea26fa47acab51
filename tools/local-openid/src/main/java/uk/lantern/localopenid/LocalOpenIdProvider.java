package uk.lantern.localopenid;

import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local stack's OpenID provider, started in the calling JVM on a port of its own. Its issuer is
 * {@code http://localhost:<port>}; services trust it through {@code spring.security.oauth2.resourceserver.jwt.issuer-uri}.
 */
public final class LocalOpenIdProvider implements AutoCloseable {

    /** Set on the provider's own environment, so that nothing meant for a service's context acts on it. */
    public static final String MARKER = "lantern.openid.provider";

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private LocalOpenIdProvider(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    /** Starts the provider on {@code port} (0 for any free port) with the given demo password. */
    public static LocalOpenIdProvider start(int port, String demoPassword) {
        return start(port, demoPassword, "http://localhost:8086");
    }

    /**
     * Starts the provider on {@code port} (0 for any free port) with the given demo password, sending people who sign
     * in to the console back to the console at {@code consoleBaseUrl} (and there again when they sign out).
     */
    public static LocalOpenIdProvider start(int port, String demoPassword, String consoleBaseUrl) {
        int chosen = port == 0 ? freePort() : port;
        String issuer = "http://localhost:" + chosen;
        ConfigurableApplicationContext context = new SpringApplicationBuilder(ProviderConfiguration.class)
                .web(WebApplicationType.SERVLET)
                .properties(Map.of(
                        // not application.yml: in a test JVM that is the service's
                        "spring.config.name", "lantern-openid",
                        MARKER, "true",
                        "server.port", String.valueOf(chosen),
                        "server.servlet.session.cookie.name", "LANTERN_SIGN_IN",
                        "spring.main.banner-mode", "off",
                        "spring.jmx.enabled", "false",
                        "lantern.openid.issuer", issuer,
                        "lantern.openid.demo-password", demoPassword,
                        "lantern.openid.console-base-url", consoleBaseUrl))
                .run();
        return new LocalOpenIdProvider(context, issuer);
    }

    public String issuer() {
        return issuer;
    }

    @Override
    public void close() {
        context.close();
    }

    private static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
