package uk.lantern.console.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import uk.lantern.console.ConsoleApplication;
import uk.lantern.console.backend.Service;
import uk.lantern.localopenid.LocalOpenIdProvider;

/**
 * The console in this JVM on a port of its own, signing people in through a real Lantern OpenID provider (the local
 * stack's, with the demo people) and drawing on a {@link StandInService} for each service. One per test class.
 */
public final class ConsoleUnderTest implements AutoCloseable {

    public static final String PASSWORD = "lantern-demo";

    private final LocalOpenIdProvider provider;
    private final Map<Service, StandInService> services = new EnumMap<>(Service.class);
    private final ConfigurableApplicationContext console;
    private final String url;

    private ConsoleUnderTest(Map<String, Object> extraSettings) {
        int port = freePort();
        url = "http://localhost:" + port;
        provider = LocalOpenIdProvider.start(0, PASSWORD, url);
        Map<String, Object> settings = new HashMap<>();
        settings.put("server.port", port);
        settings.put("lantern.console.sign-in.issuer", provider.issuer());
        settings.put("spring.main.banner-mode", "off");
        settings.put("spring.jmx.enabled", "false");
        // no broker unless a test brings one (the live alerts board's test does)
        settings.put("lantern.console.live.enabled", "false");
        for (Service service : Service.values()) {
            StandInService standIn = new StandInService();
            services.put(service, standIn);
            settings.put("lantern.console.services." + property(service), standIn.uri().toString());
        }
        settings.putAll(extraSettings);
        // as arguments: they outrank application.yml, where properties() would only be defaults
        console = new SpringApplicationBuilder(ConsoleApplication.class).run(settings.entrySet().stream()
                .map(setting -> "--" + setting.getKey() + "=" + setting.getValue()).toArray(String[]::new));
    }

    public static ConsoleUnderTest start() {
        return new ConsoleUnderTest(Map.of());
    }

    public static ConsoleUnderTest start(Map<String, Object> extraSettings) {
        return new ConsoleUnderTest(extraSettings);
    }

    /** The console's address, e.g. {@code http://localhost:41234}. */
    public String url() {
        return url;
    }

    public StandInService service(Service service) {
        return services.get(service);
    }

    public ConfigurableApplicationContext context() {
        return console;
    }

    private static String property(Service service) {
        return service.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        console.close();
        services.values().forEach(StandInService::close);
        provider.close();
    }
}
