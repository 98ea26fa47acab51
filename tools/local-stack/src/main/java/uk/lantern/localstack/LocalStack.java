package uk.lantern.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import uk.lantern.localinfra.KafkaBroker;
import uk.lantern.localinfra.KafkaCredentials;
import uk.lantern.localinfra.MongoStore;
import uk.lantern.localinfra.PrivateFiles;
import uk.lantern.localopenid.LocalOpenIdProvider;
import uk.lantern.schemas.access.KafkaPrincipal;
import uk.lantern.schemas.access.KafkaPrincipals;

/**
 * Lantern on one machine: a real KRaft broker, a MongoDB-wire store (H2 file) and the OpenID provider with the demo
 * people in this JVM, each service in its own JVM started from its production jar with production configuration; only
 * the connection settings are passed.
 * Data lives under the data folder, so a restart finds everything again.
 *
 * <p>The broker is secured as in production (SASL/SCRAM, ACLs from {@link KafkaPrincipals}): each service runs as
 * its own principal and is given only its own password, in its environment ({@code LANTERN_KAFKA_PASSWORD}, not on
 * its command line). The passwords are made once per data folder and kept in {@value #CREDENTIALS_FILE} there
 * (readable by its owner only), beside the broker's data.
 */
public final class LocalStack implements AutoCloseable {

    public record Settings(Path root, Path dataDir, int kafkaPort, int kafkaControllerPort, int mongoPort,
                           int servicePortOffset, String serviceJvmOptions) {

        public static Settings defaults(Path root) {
            return new Settings(root, root.resolve(".lantern/data"), 9092, 9093, 27017, 0,
                    "-Xms64m -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k");
        }
    }

    static final String CREDENTIALS_FILE = "kafka-credentials.properties";

    private final Settings settings;
    private final KafkaCredentials credentials;
    private final KafkaBroker broker;
    private final MongoStore mongo;
    private LocalOpenIdProvider openId;
    private final List<Process> processes = new ArrayList<>();
    private final Map<String, String> endpoints = new LinkedHashMap<>();

    public LocalStack(Settings settings) {
        this.settings = settings;
        this.credentials = KafkaCredentials.keptIn(settings.dataDir().resolve(CREDENTIALS_FILE));
        this.broker = KafkaBroker.secured(settings.dataDir().resolve("kafka"), settings.kafkaPort(),
                settings.kafkaControllerPort(), credentials);
        this.mongo = MongoStore.persistent(settings.dataDir().resolve("mongo/store.mv.db"), settings.mongoPort());
    }

    /** Starts everything and returns once every service reports itself ready. */
    public LocalStack start(Duration readyWithin) {
        Instant deadline = Instant.now().plus(readyWithin);
        for (LanternService service : LanternService.ALL) {
            if (!Files.exists(service.jar(settings.root()))) {
                throw new IllegalStateException(service.jar(settings.root()) + " is missing: build first "
                        + "(./mvnw -DskipTests install, or tools/lantern which builds when needed)");
            }
        }
        mongo.start();
        broker.start();
        for (String principal : List.of(KafkaPrincipals.ADMIN, KafkaPrincipals.ANALYST.name())) {
            writeKcatConfig(principal);
        }
        openId = LocalOpenIdProvider.start(openIdPort(), demoPassword(),
                serviceUrl(LanternService.ALL.stream().filter(s -> s.name().equals("console-service")).findFirst().orElseThrow()));
        endpoints.put("kafka", broker.bootstrapServers());
        endpoints.put("mongodb", mongo.connectionString());
        endpoints.put("openid", openId.issuer());
        for (LanternService service : LanternService.ALL) {
            processes.add(launch(service));
        }
        for (LanternService service : LanternService.ALL) {
            String url = serviceUrl(service);
            awaitReady(service, url, deadline);
            endpoints.put(service.name(), url);
        }
        return this;
    }

    public Map<String, String> endpoints() {
        return Map.copyOf(endpoints);
    }

    public String serviceUrl(LanternService service) {
        return "http://localhost:" + (service.port() + settings.servicePortOffset());
    }

    public String serviceUrl(String name) {
        return LanternService.ALL.stream().filter(s -> s.name().equals(name)).findFirst()
                .map(this::serviceUrl).orElseThrow();
    }

    /** The OpenID provider's issuer: 9000 on the usual ports. */
    public String issuer() {
        return "http://localhost:" + openIdPort();
    }

    private int openIdPort() {
        return 9000 + settings.servicePortOffset();
    }

    /** Every demo person's password: {@code LANTERN_DEMO_PASSWORD}, or {@code lantern-demo}. */
    public static String demoPassword() {
        return System.getenv().getOrDefault("LANTERN_DEMO_PASSWORD", "lantern-demo");
    }

    public String kafkaBootstrapServers() {
        return broker.bootstrapServers();
    }

    /** Client settings (bootstrap servers and SASL) for {@code principal}, e.g. the admin or the analyst. */
    public Map<String, Object> kafkaClientConfig(String principal) {
        return broker.clientConfig(principal);
    }

    /**
     * A kcat (librdkafka) configuration file for {@code principal} in the data folder, readable by its owner only:
     * {@code kcat -F <file> -b <bootstrap> -C -t <topic>}.
     */
    public Path kcatConfig(String principal) {
        return settings.dataDir().resolve("kcat-" + principal.replaceFirst("^lantern-", "") + ".properties");
    }

    private void writeKcatConfig(String principal) {
        Path file = kcatConfig(principal);
        // PLAIN: kcat as Debian ships it cannot do SCRAM with a Kafka 4 broker (edenhill/kcat#462); loopback only
        String config = "security.protocol=SASL_PLAINTEXT\nsasl.mechanisms=PLAIN"
                + "\nsasl.username=" + principal + "\nsasl.password=" + credentials.password(principal) + "\n";
        try {
            PrivateFiles.write(file, config);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The stack's Kafka passwords (made once per data folder). */
    public KafkaCredentials kafkaCredentials() {
        return credentials;
    }

    public Path logDir() {
        return settings.dataDir().resolveSibling("logs");
    }

    /** Starts a further process (the demo simulator) that is stopped with the stack. */
    public Process launchJar(String name, Path jar, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx128m", "-XX:+UseSerialGC", "-jar", jar.toString()));
        command.addAll(args);
        Process process = start(name, command);
        processes.add(process);
        return process;
    }

    private Process launch(LanternService service) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(List.of(settings.serviceJvmOptions().trim().split("\\s+")));
        command.addAll(FastStart.arguments(java(), service.jar(settings.root()), settings.dataDir().resolveSibling("jvm")));
        command.addAll(List.of(
                "--server.port=" + (service.port() + settings.servicePortOffset()),
                "--spring.kafka.bootstrap-servers=" + broker.bootstrapServers(),
                "--spring.mongodb.uri=" + mongo.connectionString() + "/" + service.database(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + issuer()));
        command.addAll(service.settings(settings.dataDir(), issuer(), this::serviceUrl));
        KafkaPrincipal principal = KafkaPrincipals.ofService(service.name()).orElseThrow(() ->
                new IllegalStateException(service.name() + " has no Kafka principal in KafkaPrincipals"));
        command.add("--lantern.kafka.username=" + principal.name());
        return start(service.name(), command, Map.of("LANTERN_KAFKA_PASSWORD", credentials.password(principal.name()),
                EncryptionKeyset.ENV, EncryptionKeyset.of(settings.dataDir())));
    }

    private Process start(String name, List<String> command) {
        return start(name, command, Map.of());
    }

    private Process start(String name, List<String> command, Map<String, String> environment) {
        try {
            Files.createDirectories(logDir());
            Path log = logDir().resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().putAll(environment);
            return builder
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void awaitReady(LanternService service, String url, Instant deadline) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(url + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).build();
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleepQuietly(250);
        }
        throw new IllegalStateException(service.name() + " was not ready in time; see "
                + logDir().resolve(service.name() + ".log"));
    }

    /** Stops the services (letting them finish what they accepted), then the broker and the store. */
    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        if (openId != null) {
            openId.close();
        }
        broker.stop();
        mongo.stop();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleepQuietly(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
