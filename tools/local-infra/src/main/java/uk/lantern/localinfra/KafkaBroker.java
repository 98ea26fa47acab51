package uk.lantern.localinfra;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialAlteration;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import uk.lantern.schemas.access.KafkaPrincipal;
import uk.lantern.schemas.access.KafkaPrincipals;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running in this JVM.
 * Data lives under {@code dataDir} and survives {@link #stop()} / {@link #start()}.
 *
 * <p>Two modes. {@link #KafkaBroker(Path, int, int) Plaintext}: no authentication, no ACLs, topics created on first
 * use (the services' own test suites). {@link #secured(Path, int, int, KafkaCredentials) Secured}: as Lantern runs
 * in production. Clients authenticate with SASL/SCRAM-SHA-512 on {@link #bootstrapServers()}; the broker authorizes
 * every request with KRaft's {@code StandardAuthorizer} and refuses whatever no ACL allows; the one super user is
 * {@link KafkaPrincipals#ADMIN}. The broker talks to itself and to its controller on two loopback listeners with
 * SASL/PLAIN as that super user (SCRAM users live in the metadata log, which the controller listener cannot wait
 * for). At every start it makes, as the super user, what {@link KafkaPrincipals} declares: each principal's SCRAM
 * credential (so a changed password takes effect), every topic some principal owns (before any service starts, so a
 * reader never has to create another service's topic), and exactly the declared ACLs (any other ACL of a Lantern
 * principal is removed).
 */
public final class KafkaBroker implements AutoCloseable {

    private static final int NODE_ID = 1;
    private static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String CLIENT_LISTENER = "CLIENT";
    private static final String BROKER_LISTENER = "BROKER";
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    /** What the clients use on the secured listener. */
    public static final String SASL_MECHANISM = "SCRAM-SHA-512";
    private static final int SCRAM_ITERATIONS = 8192;
    private static final int TOPIC_PARTITIONS = 3;

    private final Path logDir;
    private final int port;
    private final int controllerPort;
    private final int brokerPort;
    private final KafkaCredentials credentials;
    private KafkaRaftServer server;

    /** Plaintext, no ACLs. A port of 0 means a free port, chosen once here and kept across restarts. */
    public KafkaBroker(Path dataDir, int port, int controllerPort) {
        this(dataDir, port, controllerPort, null);
    }

    /**
     * SASL/SCRAM and ACLs from {@link KafkaPrincipals}, with these passwords. A port of 0 means a free port, chosen
     * once here and kept across restarts.
     */
    public static KafkaBroker secured(Path dataDir, int port, int controllerPort, KafkaCredentials credentials) {
        if (credentials == null) {
            throw new IllegalArgumentException("a secured broker needs its users' passwords");
        }
        return new KafkaBroker(dataDir, port, controllerPort, credentials);
    }

    private KafkaBroker(Path dataDir, int port, int controllerPort, KafkaCredentials credentials) {
        int[] ports = FreePorts.resolve(port, controllerPort, 0);
        this.logDir = dataDir.toAbsolutePath().resolve("logs");
        this.port = ports[0];
        this.controllerPort = ports[1];
        this.brokerPort = ports[2];
        this.credentials = credentials;
    }

    public boolean isSecured() {
        return credentials != null;
    }

    /**
     * The client settings for {@code principal} with {@code password} on this broker: the bootstrap servers, plus
     * SASL/SCRAM when secured. A wrong password is the caller's to give (tests do).
     */
    public Map<String, Object> clientConfig(String principal, String password) {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        if (isSecured()) {
            config.putAll(saslConfig(principal, password));
        }
        return config;
    }

    /** {@link #clientConfig(String, String)} with the principal's own password. */
    public Map<String, Object> clientConfig(String principal) {
        return clientConfig(principal, isSecured() ? credentials.password(principal) : null);
    }

    /** The super user's client settings (or just the bootstrap servers when plaintext). */
    public Map<String, Object> adminClientConfig() {
        return clientConfig(KafkaPrincipals.ADMIN);
    }

    /** The security settings of a SASL/SCRAM client, as any Kafka client takes them. */
    public static Map<String, Object> saslConfig(String principal, String password) {
        return Map.of(
                AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT",
                "sasl.mechanism", SASL_MECHANISM,
                "sasl.jaas.config", jaas("org.apache.kafka.common.security.scram.ScramLoginModule", principal,
                        password, false));
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        KafkaConfig config = new KafkaConfig(config());
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            format();
        }
        KafkaRaftServer starting = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            starting.startup();
            awaitReady();
            if (isSecured()) {
                createDeclaredAccess();
            }
        } catch (RuntimeException e) {
            starting.shutdown();
            starting.awaitShutdown();
            throw e;
        }
        server = starting;
    }

    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private Map<String, String> config() {
        Map<String, String> config = new HashMap<>();
        config.put("process.roles", "broker,controller");
        config.put("node.id", String.valueOf(NODE_ID));
        config.put("controller.quorum.voters", NODE_ID + "@127.0.0.1:" + controllerPort);
        config.put("controller.listener.names", CONTROLLER_LISTENER);
        if (isSecured()) {
            securedListeners(config);
        } else {
            config.put("listeners", "PLAINTEXT://127.0.0.1:" + port + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
            config.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
            config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
            config.put("inter.broker.listener.name", "PLAINTEXT");
        }
        config.put("log.dirs", logDir.toString());
        config.put("num.partitions", String.valueOf(TOPIC_PARTITIONS));
        // Secured: the admin creates the declared topics; a client's typo must not make a topic.
        config.put("auto.create.topics.enable", String.valueOf(!isSecured()));
        config.put("offsets.topic.replication.factor", "1");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        config.put("group.initial.rebalance.delay.ms", "0");
        // The default is a 128 MB on-heap buffer for compaction, sized for production.
        config.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        return config;
    }

    /**
     * Clients: SCRAM-SHA-512 on {@link #CLIENT_LISTENER} (and PLAIN, for kcat, on loopback). The broker to itself ({@link #BROKER_LISTENER}, e.g.
     * transaction markers) and to its controller: PLAIN as the super user, whose PLAIN password is the admin's,
     * both on loopback only and not offered to clients.
     */
    private void securedListeners(Map<String, String> config) {
        String admin = KafkaPrincipals.ADMIN;
        String adminPassword = credentials.adminPassword();
        config.put("listeners", CLIENT_LISTENER + "://127.0.0.1:" + port + "," + BROKER_LISTENER + "://127.0.0.1:"
                + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:" + controllerPort);
        config.put("advertised.listeners", CLIENT_LISTENER + "://127.0.0.1:" + port + "," + BROKER_LISTENER
                + "://127.0.0.1:" + brokerPort);
        config.put("listener.security.protocol.map", CLIENT_LISTENER + ":SASL_PLAINTEXT," + BROKER_LISTENER
                + ":SASL_PLAINTEXT," + CONTROLLER_LISTENER + ":SASL_PLAINTEXT");
        config.put("inter.broker.listener.name", BROKER_LISTENER);
        config.put("sasl.mechanism.inter.broker.protocol", "PLAIN");
        config.put("sasl.mechanism.controller.protocol", "PLAIN");
        config.put("sasl.enabled.mechanisms", SASL_MECHANISM);
        config.put(listener(CLIENT_LISTENER) + "sasl.enabled.mechanisms", SASL_MECHANISM + ",PLAIN");
        config.put(listener(CLIENT_LISTENER) + SASL_MECHANISM.toLowerCase() + ".sasl.jaas.config",
                "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        // PLAIN too, on loopback only, for the tools people read topics with: kcat as Debian ships it (librdkafka
        // 2.0.2) cannot do SCRAM with a Kafka 4 broker (edenhill/kcat#462). Same principals, same passwords, same
        // ACLs; the services use SCRAM.
        StringBuilder plainUsers = new StringBuilder("org.apache.kafka.common.security.plain.PlainLoginModule required");
        for (String name : KafkaPrincipals.names()) {
            plainUsers.append(" user_").append(name).append("=\"").append(escape(credentials.password(name))).append('"');
        }
        config.put(listener(CLIENT_LISTENER) + "plain.sasl.jaas.config", plainUsers.append(';').toString());
        String plain = jaas("org.apache.kafka.common.security.plain.PlainLoginModule", admin, adminPassword, true);
        for (String internal : List.of(BROKER_LISTENER, CONTROLLER_LISTENER)) {
            config.put(listener(internal) + "sasl.enabled.mechanisms", "PLAIN");
            config.put(listener(internal) + "plain.sasl.jaas.config", plain);
        }
        config.put("authorizer.class.name", "org.apache.kafka.metadata.authorizer.StandardAuthorizer");
        config.put("allow.everyone.if.no.acl.found", "false");
        config.put("super.users", "User:" + admin);
    }

    private static String listener(String name) {
        return "listener.name." + name.toLowerCase() + ".";
    }

    /** A JAAS line; with {@code server}, the PLAIN server's one user too. Quotes and backslashes are escaped. */
    private static String jaas(String module, String user, String password, boolean server) {
        String line = module + " required username=\"" + escape(user) + "\" password=\"" + escape(password) + "\"";
        if (server) {
            line += " user_" + user + "=\"" + escape(password) + "\"";
        }
        return line + ";";
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    /** The super user's client settings on the broker's own listener (PLAIN), which work before any SCRAM user. */
    private Map<String, Object> internalAdminConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + brokerPort);
        config.put(AdminClientConfig.SECURITY_PROTOCOL_CONFIG, "SASL_PLAINTEXT");
        config.put("sasl.mechanism", "PLAIN");
        config.put("sasl.jaas.config", jaas("org.apache.kafka.common.security.plain.PlainLoginModule",
                KafkaPrincipals.ADMIN, credentials.adminPassword(), false));
        return config;
    }

    /** Makes the declared users, topics and ACLs (see the class comment). */
    private void createDeclaredAccess() {
        try (Admin admin = Admin.create(internalAdminConfig())) {
            List<UserScramCredentialAlteration> users = new ArrayList<>();
            for (String name : KafkaPrincipals.names()) {
                users.add(new UserScramCredentialUpsertion(name,
                        new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, SCRAM_ITERATIONS),
                        credentials.password(name)));
            }
            admin.alterUserScramCredentials(users).all().get();

            List<NewTopic> topics = new ArrayList<>();
            for (String name : KafkaPrincipals.ownedTopics()) {
                NewTopic topic = new NewTopic(name, Optional.of(TOPIC_PARTITIONS), Optional.empty());
                if (KafkaPrincipals.compactedTopics().contains(name)) {
                    topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
                }
                topics.add(topic);
            }
            admin.createTopics(topics).values().forEach((name, created) -> {
                try {
                    created.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("cannot create topic " + name, e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            });

            Set<AclBinding> declared = new LinkedHashSet<>(aclBindings());
            List<AclBindingFilter> stale = new ArrayList<>();
            for (AclBinding existing : admin.describeAcls(AclBindingFilter.ANY).values().get()) {
                if (!declared.remove(existing) && isLanternPrincipal(existing.entry().principal())) {
                    stale.add(existing.toFilter());
                }
            }
            if (!stale.isEmpty()) {
                admin.deleteAcls(stale).all().get();
            }
            if (!declared.isEmpty()) {
                admin.createAcls(declared).all().get();
            }
            awaitApplied(admin);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not create Lantern's Kafka users, topics and ACLs", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating Kafka users and ACLs", e);
        }
    }

    /**
     * The controller has committed the users and ACLs; the broker applies them from the metadata log a moment later.
     * Returns once the broker's authorizer holds the declared ACLs and a SCRAM login on the client listener works.
     */
    private void awaitApplied(Admin internal) throws InterruptedException, ExecutionException {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Set<AclBinding> declared = Set.copyOf(aclBindings());
        while (!Set.copyOf(internal.describeAcls(AclBindingFilter.ANY).values().get()).equals(declared)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the broker did not apply the declared ACLs in time");
            }
            Thread.sleep(50);
        }
        try (Admin client = Admin.create(adminClientConfig())) {
            client.describeCluster(new DescribeClusterOptions().timeoutMs((int) READY_TIMEOUT.toMillis())).nodes().get();
        }
    }

    private static boolean isLanternPrincipal(String principal) {
        return KafkaPrincipals.names().stream().anyMatch(name -> principal.equals("User:" + name));
    }

    /** {@link KafkaPrincipals#acls()} as Kafka's ALLOW bindings, from any host. */
    public static List<AclBinding> aclBindings() {
        return KafkaPrincipals.acls().stream().map(KafkaBroker::binding).toList();
    }

    private static AclBinding binding(KafkaPrincipal.Acl acl) {
        return new AclBinding(
                new ResourcePattern(ResourceType.valueOf(acl.resourceType().name()), acl.resourceName(),
                        acl.prefixed() ? PatternType.PREFIXED : PatternType.LITERAL),
                new AccessControlEntry("User:" + acl.principal(), "*", AclOperation.valueOf(acl.operation().name()),
                        AclPermissionType.ALLOW));
    }

    /** What {@code kafka-storage.sh format --cluster-id <random>} does for this config. */
    private void format() {
        try {
            new Formatter()
                    .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                    .setNodeId(NODE_ID)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setControllerListenerName(CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(logDir.toString())
                    .addDirectory(logDir.toString())
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format KRaft storage in " + logDir, e);
        }
    }

    private void awaitReady() {
        Map<String, Object> config = isSecured() ? internalAdminConfig()
                : Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        try (Admin admin = Admin.create(config)) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) READY_TIMEOUT.toMillis()))
                    .nodes()
                    .get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka broker on " + bootstrapServers() + " did not become ready", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
