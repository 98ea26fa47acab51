package uk.lantern.schemas.access;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.lantern.schemas.Topics;
import uk.lantern.schemas.correlation.CorrelationTopics;

/**
 * Who may do what on Lantern's Kafka: the one declaration. The local broker ({@code tools/local-infra}'s
 * {@code KafkaBroker}), docker-compose's init step and the Kubernetes {@code KafkaUser}s are made from it (the
 * latter two are generated files, checked against it by {@code KafkaAccessFilesTest}).
 *
 * <p>Least privilege: each service writes only its own topics (its events and its dead-letter topics), reads only
 * what it consumes, and joins only its own consumer groups. The analyst reads only the pseudonymised analyst feed.
 * {@link #ADMIN} is the one super user: the broker itself between its listeners, topic creation and the init
 * step, tests and tools; no service uses it.
 *
 * <p>Adding a principal: add a constant, list it in {@link #all()}, regenerate the deployment files
 * ({@code KafkaAccessFiles}), and give the service its password ({@code lantern.kafka.username} /
 * {@code lantern.kafka.password}).
 */
public final class KafkaPrincipals {

    /** The super user. Not in {@link #all()}: it has no ACLs, {@code super.users} lets it do anything. */
    public static final String ADMIN = "lantern-admin";

    /** The environment variable of the super user's password in docker-compose (the others: passwordVariable()). */
    public static final String ADMIN_PASSWORD_VARIABLE = "LANTERN_KAFKA_PASSWORD_ADMIN";

    public static final KafkaPrincipal MISSING_EPISODES = new KafkaPrincipal(
            "lantern-missing-episodes", "missing-episode-service",
            List.of(Topics.MISSING_EPISODES.name()),
            List.of(), List.of(), List.of(), List.of());

    public static final KafkaPrincipal RETURN_INTERVIEWS = new KafkaPrincipal(
            "lantern-return-interviews", "return-interview-service",
            List.of(Topics.RETURN_INTERVIEWS.name(),
                    // its dead-letter topic for the missing-episode events it cannot read
                    Topics.MISSING_EPISODES.name() + ".dlt"),
            List.of(Topics.MISSING_EPISODES.name()),
            List.of("return-interview-service"), List.of(), List.of());

    public static final KafkaPrincipal CME_REGISTER = new KafkaPrincipal(
            "lantern-cme-register", "cme-register-service",
            List.of(Topics.CME_REGISTER.name()),
            List.of(), List.of(), List.of(), List.of());

    public static final KafkaPrincipal EXPLOITATION_RISK = new KafkaPrincipal(
            "lantern-exploitation-risk", "cse-risk-service",
            List.of(Topics.EXPLOITATION_RISK.name()),
            List.of(), List.of(), List.of(), List.of());

    /** The correlation service's Kafka Streams {@code application.id}: its group, transactional ids, internal topics. */
    public static final String CORRELATION_APPLICATION_ID = "correlation-service";

    /** The topology's own topics: read and written by the correlation service only. */
    public static final String CORRELATION_CHILD_EVENTS = "lantern.correlation.child-events";
    public static final String CORRELATION_DEAD_LETTERS = "lantern.correlation.dlt";

    public static final KafkaPrincipal CORRELATION = new KafkaPrincipal(
            "lantern-correlation", "correlation-service",
            List.of(CorrelationTopics.ALERTS.name(), CorrelationTopics.ALERT_WORK.name(),
                    CorrelationTopics.HOTSPOTS.name(), CorrelationTopics.IDENTITY.name(), CorrelationTopics.IDENTITY_DECISIONS.name(),
                    CorrelationTopics.CHILD_PROFILES.name(), CorrelationTopics.ANALYST_FEED.name(),
                    CorrelationTopics.ANALYST_FEED_V2.name(), CORRELATION_CHILD_EVENTS, CORRELATION_DEAD_LETTERS,
                    // the projections' dead-letter topics (application.yml, dlq-name)
                    CorrelationTopics.CHILD_PROFILES.name() + ".projection-dlt",
                    CorrelationTopics.ALERTS.name() + ".projection-dlt",
                    CorrelationTopics.HOTSPOTS.name() + ".projection-dlt",
                    CorrelationTopics.IDENTITY.name() + ".projection-dlt",
                    "lantern.correlation.chronology.projection-dlt"),
            List.of(
                    // the four sources (the topology and the chronology projection)
                    Topics.MISSING_EPISODES.name(), Topics.RETURN_INTERVIEWS.name(), Topics.CME_REGISTER.name(),
                    Topics.EXPLOITATION_RISK.name(),
                    // its own topics read back: the topology's decisions and child events, the projections
                    CorrelationTopics.IDENTITY_DECISIONS.name(), CORRELATION_CHILD_EVENTS,
                    CorrelationTopics.CHILD_PROFILES.name(), CorrelationTopics.ALERTS.name(),
                    CorrelationTopics.HOTSPOTS.name(), CorrelationTopics.IDENTITY.name(),
                    // the MACE panel's events (the topology and the chronology projection)
                    Topics.MACE.name()),
            // the Streams group (application.id) and the projections' groups (correlation-service-profiles, ...)
            List.of(CORRELATION_APPLICATION_ID + "*"),
            // exactly-once v2: <application.id>-<process id>-<thread>
            List.of(CORRELATION_APPLICATION_ID + "-*"),
            // changelog and repartition topics: <application.id>-<name>-changelog|repartition
            List.of(CORRELATION_APPLICATION_ID + "-*"));

    /** The reporting service's one dead-letter topic, for whatever it cannot read of the seven streams it consumes. */
    public static final String REPORTING_DEAD_LETTERS = "lantern.reporting.dlt";

    /**
     * The figures and statutory lists: reads the four sources, identity decisions, alerts and the work on them, and MACE
     * into its ledger; writes
     * only its dead-letter topic. Its consumer groups: {@code reporting-service}, and {@code reporting-*} for a
     * replay into an empty ledger under a new group.
     */
    public static final KafkaPrincipal REPORTING = new KafkaPrincipal(
            "lantern-reporting", "reporting-service",
            List.of(REPORTING_DEAD_LETTERS),
            List.of(Topics.MISSING_EPISODES.name(), Topics.RETURN_INTERVIEWS.name(), Topics.CME_REGISTER.name(),
                    Topics.EXPLOITATION_RISK.name(), CorrelationTopics.IDENTITY.name(), CorrelationTopics.ALERTS.name(),
                    CorrelationTopics.ALERT_WORK.name(), Topics.MACE.name()),
            List.of("reporting-*"), List.of(), List.of());
    /** The MACE panel's service: its own topic and dead-letter topic; reads the child profiles into its projection. */
    public static final KafkaPrincipal MACE = new KafkaPrincipal(
            "lantern-mace", "mace-service",
            List.of(Topics.MACE.name(),
                    // its dead-letter topic for the child profiles it cannot read
                    CorrelationTopics.CHILD_PROFILES.name() + ".mace-dlt"),
            List.of(CorrelationTopics.CHILD_PROFILES.name()),
            List.of("mace-service"), List.of(), List.of());

    /** The console's consumer groups start with this: one per running console, or per browser stream. */
    public static final String CONSOLE_GROUP_PREFIX = "lantern-console";

    /**
     * The console (coordinators' live alerts board): reads the alerts and what people did about them, writes nothing
     * (people's actions go through the correlation service's API).
     */
    public static final KafkaPrincipal CONSOLE = new KafkaPrincipal(
            "lantern-console", "console-service",
            List.of(),
            List.of(CorrelationTopics.ALERTS.name(), CorrelationTopics.ALERT_WORK.name()),
            List.of(CONSOLE_GROUP_PREFIX + "*"), List.of(), List.of());

    /** Police analysts: the pseudonymised analyst feed (every version) and nothing else. */
    public static final KafkaPrincipal ANALYST = new KafkaPrincipal(
            "lantern-analyst", "police analysts (kcat, their own consumers)",
            List.of(),
            List.of("lantern.analyst-feed*"),
            List.of("lantern-analyst*"), List.of(), List.of());

    private KafkaPrincipals() {
    }

    /** Every principal but the super user. */
    public static List<KafkaPrincipal> all() {
        return List.of(MISSING_EPISODES, RETURN_INTERVIEWS, CME_REGISTER, EXPLOITATION_RISK, CORRELATION, REPORTING,
                MACE, CONSOLE, ANALYST);
    }

    /** The principal a service runs as. */
    public static Optional<KafkaPrincipal> ofService(String service) {
        return all().stream().filter(p -> p.service().equals(service)).findFirst();
    }

    public static KafkaPrincipal named(String name) {
        return all().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no Kafka principal " + name));
    }

    /** Every topic some principal owns: what the admin creates before any service starts. */
    public static List<String> ownedTopics() {
        return all().stream().flatMap(p -> p.writes().stream()).toList();
    }

    /** Topics the admin creates compacted (the latest value per key is what they are for). */
    public static List<String> compactedTopics() {
        return List.of(CorrelationTopics.CHILD_PROFILES.name());
    }

    /** Every ACL of every principal. */
    public static List<KafkaPrincipal.Acl> acls() {
        return all().stream().flatMap(p -> p.acls().stream()).toList();
    }

    /** Every principal name, the super user first. */
    public static List<String> names() {
        return Stream.concat(Stream.of(ADMIN), all().stream().map(KafkaPrincipal::name)).toList();
    }
}
