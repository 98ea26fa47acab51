package uk.lantern.schemas.access;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * One Kafka user (SASL/SCRAM) and everything it may do. Each name below is a literal resource name, or, ending in
 * {@code *}, a prefix ({@code "correlation-service-*"} is every name starting {@code correlation-service-}).
 *
 * @param name             the SCRAM user name; the ACLs are for {@code User:<name>}
 * @param service          the service that uses it (or who, for a person's principal)
 * @param writes           the topics it owns: it writes them, and may create them and keep their settings
 * @param reads            the topics it consumes
 * @param groups           its consumer groups
 * @param transactionalIds its transactional ids (Kafka Streams exactly-once: {@code <application.id>-...})
 * @param internalTopics   topics it creates, reads, writes and purges itself (Kafka Streams' changelog and
 *                         repartition topics: {@code <application.id>-...})
 */
public record KafkaPrincipal(String name, String service, List<String> writes, List<String> reads,
                             List<String> groups, List<String> transactionalIds, List<String> internalTopics) {

    /** What Kafka's ACLs distinguish here; the names are Kafka's own ({@code ResourceType}, {@code AclOperation}). */
    public enum ResourceType { TOPIC, GROUP, TRANSACTIONAL_ID }

    public enum Operation { READ, WRITE, CREATE, DELETE, DESCRIBE, DESCRIBE_CONFIGS, ALTER_CONFIGS }

    /** One ALLOW rule for {@code User:<principal>} from any host. */
    public record Acl(String principal, ResourceType resourceType, String resourceName, boolean prefixed,
                      Operation operation) {
    }

    private static final List<Operation> OWNER = List.of(Operation.WRITE, Operation.DESCRIBE, Operation.CREATE,
            Operation.DESCRIBE_CONFIGS, Operation.ALTER_CONFIGS);
    /**
     * A reader may also see a topic's settings (partitions, retention; no data): the correlation service declares the
     * topics it reads so that it can start before their owners, and Spring's topic check describes their settings.
     */
    private static final List<Operation> READER = List.of(Operation.READ, Operation.DESCRIBE, Operation.DESCRIBE_CONFIGS);
    private static final List<Operation> INTERNAL = List.of(Operation.READ, Operation.WRITE, Operation.CREATE,
            Operation.DELETE, Operation.DESCRIBE, Operation.DESCRIBE_CONFIGS, Operation.ALTER_CONFIGS);

    public KafkaPrincipal {
        writes = List.copyOf(writes);
        reads = List.copyOf(reads);
        groups = List.copyOf(groups);
        transactionalIds = List.copyOf(transactionalIds);
        internalTopics = List.copyOf(internalTopics);
        if (writes.stream().anyMatch(KafkaPrincipal::isPrefix)) {
            throw new IllegalArgumentException(name + ": a written topic is named in full, never a prefix");
        }
    }

    /** The environment variable that carries this principal's password in docker-compose and the init job. */
    public String passwordVariable() {
        return "LANTERN_KAFKA_PASSWORD_" + name.replaceFirst("^lantern-", "").toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /** Every ALLOW rule this principal needs, each once, in a stable order. */
    public List<Acl> acls() {
        Collection<Acl> acls = new LinkedHashSet<>();
        add(acls, ResourceType.TOPIC, writes, OWNER);
        add(acls, ResourceType.TOPIC, reads, READER);
        add(acls, ResourceType.TOPIC, internalTopics, INTERNAL);
        add(acls, ResourceType.GROUP, groups, List.of(Operation.READ, Operation.DESCRIBE));
        add(acls, ResourceType.TRANSACTIONAL_ID, transactionalIds, List.of(Operation.WRITE, Operation.DESCRIBE));
        return List.copyOf(acls);
    }

    private void add(Collection<Acl> acls, ResourceType type, List<String> names, List<Operation> operations) {
        for (String pattern : names) {
            boolean prefixed = isPrefix(pattern);
            String resource = prefixed ? pattern.substring(0, pattern.length() - 1) : pattern;
            for (Operation operation : operations) {
                acls.add(new Acl(name, type, resource, prefixed, operation));
            }
        }
    }

    static boolean isPrefix(String pattern) {
        return pattern.endsWith("*");
    }
}
