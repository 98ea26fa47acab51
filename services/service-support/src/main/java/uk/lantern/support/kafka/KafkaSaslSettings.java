package uk.lantern.support.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * A service's Kafka identity. With {@code lantern.kafka.username} and {@code lantern.kafka.password} set (e.g.
 * {@code LANTERN_KAFKA_USERNAME} / {@code LANTERN_KAFKA_PASSWORD} from a Secret), every Kafka client of the service
 * authenticates as that user with SASL/SCRAM: Boot's producers, consumers and admin ({@code spring.kafka.properties}),
 * the spring-cloud-stream Kafka binder and the Kafka Streams binder (their {@code configuration}, which do not all
 * take Boot's). Without a username nothing is added: the service talks PLAINTEXT, as in the tests.
 *
 * <p>{@code lantern.kafka.security-protocol} (default {@code SASL_PLAINTEXT}; {@code SASL_SSL} where the broker
 * offers TLS, with the truststore in {@code spring.kafka.properties.ssl.*}) and {@code lantern.kafka.sasl-mechanism}
 * (default {@code SCRAM-SHA-512}) can be changed. Any of the resulting properties set explicitly wins: these are
 * defaults, added after every other property source.
 */
public class KafkaSaslSettings implements EnvironmentPostProcessor, Ordered {

    public static final String USERNAME = "lantern.kafka.username";
    public static final String PASSWORD = "lantern.kafka.password";
    public static final String SECURITY_PROTOCOL = "lantern.kafka.security-protocol";
    public static final String SASL_MECHANISM = "lantern.kafka.sasl-mechanism";
    static final String SOURCE = "lanternKafkaSasl";

    /** Where Kafka client properties go, for each kind of client a Lantern service has. */
    static final String[] PREFIXES = {
            "spring.kafka.properties.",
            "spring.cloud.stream.kafka.binder.configuration.",
            "spring.cloud.stream.kafka.streams.binder.configuration."};

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String username = environment.getProperty(USERNAME);
        if (username == null || username.isBlank()) {
            return;
        }
        String password = environment.getProperty(PASSWORD);
        if (password == null || password.isBlank()) {
            throw new IllegalStateException(USERNAME + " is set but " + PASSWORD + " is not (LANTERN_KAFKA_PASSWORD)");
        }
        Map<String, Object> client = clientProperties(username.strip(), password,
                environment.getProperty(SECURITY_PROTOCOL, "SASL_PLAINTEXT"),
                environment.getProperty(SASL_MECHANISM, "SCRAM-SHA-512"));
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String prefix : PREFIXES) {
            client.forEach((key, value) -> properties.put(prefix + key, value));
        }
        environment.getPropertySources().addLast(new MapPropertySource(SOURCE, properties));
    }

    /** The Kafka client settings of a SASL user. */
    static Map<String, Object> clientProperties(String username, String password, String protocol, String mechanism) {
        String module = mechanism.startsWith("SCRAM-") ? "org.apache.kafka.common.security.scram.ScramLoginModule"
                : "org.apache.kafka.common.security.plain.PlainLoginModule";
        Map<String, Object> client = new LinkedHashMap<>();
        client.put("security.protocol", protocol);
        client.put("sasl.mechanism", mechanism);
        client.put("sasl.jaas.config", module + " required username=\"" + escape(username) + "\" password=\""
                + escape(password) + "\";");
        return client;
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** After the application's own configuration has been read (ConfigData runs at HIGHEST_PRECEDENCE + 10). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
