package uk.lantern.localinfra;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import uk.lantern.schemas.access.KafkaPrincipal;
import uk.lantern.schemas.access.KafkaPrincipals;

/**
 * The deployment files made from {@link KafkaPrincipals}: docker-compose's init script (SCRAM users, topics, ACLs
 * with Kafka's own scripts) and the Kubernetes {@code KafkaUser}s and {@code KafkaTopic}s (Strimzi). They are
 * committed, so that what is deployed can be read; {@code KafkaAccessFilesTest} fails when one differs from what
 * this class makes. After changing the declaration, write them again (from the repository root):
 * <pre>./mvnw -B -ntp -pl tools/local-infra -am test -Dtest=KafkaAccessFilesTest -Dsurefire.failIfNoSpecifiedTests=false -Dlantern.write-access-files=true</pre>
 */
public final class KafkaAccessFiles {

    public static final String COMPOSE_SCRIPT = "deploy/kafka/kafka-access.sh";
    public static final String KUBERNETES_USERS = "deploy/kubernetes/base/kafka-users.yaml";
    public static final String KUBERNETES_TOPICS = "deploy/kubernetes/base/kafka-topics.yaml";
    /** The Strimzi Kafka cluster the users and topics belong to ({@code lantern-kafka-bootstrap:9092}). */
    public static final String STRIMZI_CLUSTER = "lantern";
    private static final String GENERATED = "Generated from uk.lantern.schemas.access.KafkaPrincipals by "
            + "uk.lantern.localinfra.KafkaAccessFiles: do not edit; KafkaAccessFilesTest checks it.";

    private KafkaAccessFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        for (Map.Entry<String, String> file : all().entrySet()) {
            Path path = root.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.getValue());
            System.out.println("wrote " + path);
        }
    }

    /** Every generated file by its path from the repository root. */
    public static Map<String, String> all() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(COMPOSE_SCRIPT, composeScript());
        files.put(KUBERNETES_USERS, kubernetesUsers());
        files.put(KUBERNETES_TOPICS, kubernetesTopics());
        return files;
    }

    /** Run once by docker-compose's {@code kafka-access} service, as the super user, on the broker's own listener. */
    static String composeScript() {
        StringBuilder sh = new StringBuilder();
        sh.append("#!/usr/bin/env bash\n# ").append(GENERATED).append("\n");
        sh.append("""
                # Run by docker-compose's kafka-access service (apache/kafka image) before any Lantern service starts:
                # the SCRAM users with their passwords from the environment, every topic a principal owns, the ACLs.
                # Idempotent: run again after a password or the declaration changed (ACLs are only added here).
                # Needs KAFKA_ADMIN_BOOTSTRAP (the broker listener where the super user signs in with PLAIN) and one
                # password variable per principal. Passwords: letters and digits (openssl rand -hex 24).
                set -euo pipefail
                bin=/opt/kafka/bin
                admin=$(mktemp)
                trap 'rm -f "$admin"' EXIT
                cat >"$admin" <<CONFIG
                security.protocol=SASL_PLAINTEXT
                sasl.mechanism=PLAIN
                sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="%s" password="${%s:?}";
                CONFIG
                connect=(--bootstrap-server "${KAFKA_ADMIN_BOOTSTRAP:?}" --command-config "$admin")

                """.formatted(KafkaPrincipals.ADMIN, KafkaPrincipals.ADMIN_PASSWORD_VARIABLE));
        sh.append("# SCRAM users\n");
        sh.append(scramUser(KafkaPrincipals.ADMIN, KafkaPrincipals.ADMIN_PASSWORD_VARIABLE));
        for (KafkaPrincipal principal : KafkaPrincipals.all()) {
            sh.append(scramUser(principal.name(), principal.passwordVariable()));
        }
        sh.append("\n# Topics: every topic some principal owns (the owner may also create it; the admin does so first)\n");
        for (String topic : KafkaPrincipals.ownedTopics()) {
            sh.append("\"$bin/kafka-topics.sh\" \"${connect[@]}\" --create --if-not-exists --topic ").append(topic)
                    .append(" --partitions \"${LANTERN_TOPIC_PARTITIONS:-3}\" --replication-factor \"${LANTERN_TOPIC_REPLICATION:-1}\"");
            if (KafkaPrincipals.compactedTopics().contains(topic)) {
                sh.append(" --config cleanup.policy=compact");
            }
            sh.append("\n");
        }
        sh.append("\n# ACLs (ALLOW; everything else is refused: allow.everyone.if.no.acl.found=false)\n");
        for (KafkaPrincipal principal : KafkaPrincipals.all()) {
            sh.append("# ").append(principal.name()).append(" (").append(principal.service()).append(")\n");
            for (Map.Entry<Resource, List<KafkaPrincipal.Operation>> rule : byResource(principal).entrySet()) {
                Resource resource = rule.getKey();
                sh.append("\"$bin/kafka-acls.sh\" \"${connect[@]}\" --add --allow-principal User:").append(principal.name())
                        .append(" --").append(switch (resource.type()) {
                            case TOPIC -> "topic";
                            case GROUP -> "group";
                            case TRANSACTIONAL_ID -> "transactional-id";
                        }).append(" ").append(resource.name());
                if (resource.prefixed()) {
                    sh.append(" --resource-pattern-type prefixed");
                }
                for (KafkaPrincipal.Operation operation : rule.getValue()) {
                    sh.append(" --operation ").append(camel(operation));
                }
                sh.append("\n");
            }
        }
        sh.append("echo \"kafka-access: users, topics and ACLs in place\"\n");
        return sh.toString();
    }

    private static String scramUser(String name, String variable) {
        return "\"$bin/kafka-configs.sh\" \"${connect[@]}\" --alter --entity-type users --entity-name " + name
                + " --add-config \"SCRAM-SHA-512=[iterations=8192,password=${" + variable + ":?}]\"\n";
    }

    /** Strimzi's User Operator makes each user's SCRAM password, in a Secret of the user's name (key password). */
    static String kubernetesUsers() {
        StringBuilder yaml = new StringBuilder("# " + GENERATED + "\n");
        yaml.append("""
                # Strimzi KafkaUsers: one SCRAM-SHA-512 user per principal with exactly its ACLs. The User Operator puts
                # each password in a Secret named after the user (key: password), which the Deployments reference.
                # The Kafka cluster itself (platform) needs authorization type simple, a scram-sha-512 listener and
                # superUsers: [%s].
                """.formatted(KafkaPrincipals.ADMIN));
        List<String> users = new ArrayList<>();
        users.add(user(KafkaPrincipals.ADMIN, "the super user: tools and the init of topics", List.of()));
        for (KafkaPrincipal principal : KafkaPrincipals.all()) {
            List<String> acls = new ArrayList<>();
            for (Map.Entry<Resource, List<KafkaPrincipal.Operation>> rule : byResource(principal).entrySet()) {
                Resource resource = rule.getKey();
                acls.add("""
                              - resource:
                                  type: %s
                                  name: %s
                                  patternType: %s
                                operations: [%s]
                                host: "*"
                        """.formatted(switch (resource.type()) {
                            case TOPIC -> "topic";
                            case GROUP -> "group";
                            case TRANSACTIONAL_ID -> "transactionalId";
                        }, resource.name(), resource.prefixed() ? "prefix" : "literal",
                        rule.getValue().stream().map(KafkaAccessFiles::camel).collect(Collectors.joining(", "))));
            }
            users.add(user(principal.name(), principal.service(), acls));
        }
        yaml.append(String.join("---\n", users));
        return yaml.toString();
    }

    private static String user(String name, String who, List<String> acls) {
        String head = """
                apiVersion: kafka.strimzi.io/v1beta2
                kind: KafkaUser
                metadata:
                  name: %s
                  labels:
                    strimzi.io/cluster: %s
                  annotations:
                    lantern.uk/used-by: "%s"
                spec:
                  authentication:
                    type: scram-sha-512
                """.formatted(name, STRIMZI_CLUSTER, who);
        if (acls.isEmpty()) {
            return head;
        }
        return head + """
                  authorization:
                    type: simple
                    acls:
                """ + String.join("", acls);
    }

    static String kubernetesTopics() {
        StringBuilder yaml = new StringBuilder("# " + GENERATED + "\n");
        yaml.append("# Strimzi KafkaTopics: every topic a principal owns, made before the services start.\n");
        List<String> topics = new ArrayList<>();
        for (String topic : KafkaPrincipals.ownedTopics()) {
            String config = KafkaPrincipals.compactedTopics().contains(topic)
                    ? "  config:\n    cleanup.policy: compact\n" : "";
            topics.add("""
                    apiVersion: kafka.strimzi.io/v1beta2
                    kind: KafkaTopic
                    metadata:
                      name: %s
                      labels:
                        strimzi.io/cluster: %s
                    spec:
                      topicName: %s
                      partitions: 3
                      replicas: 3
                    """.formatted(topic, STRIMZI_CLUSTER, topic) + config);
        }
        yaml.append(String.join("---\n", topics));
        return yaml.toString();
    }

    private record Resource(KafkaPrincipal.ResourceType type, String name, boolean prefixed) {
    }

    private static Map<Resource, List<KafkaPrincipal.Operation>> byResource(KafkaPrincipal principal) {
        Map<Resource, List<KafkaPrincipal.Operation>> rules = new LinkedHashMap<>();
        for (KafkaPrincipal.Acl acl : principal.acls()) {
            rules.computeIfAbsent(new Resource(acl.resourceType(), acl.resourceName(), acl.prefixed()),
                    r -> new ArrayList<>()).add(acl.operation());
        }
        return rules;
    }

    /** DESCRIBE_CONFIGS -> DescribeConfigs, as kafka-acls.sh and Strimzi spell operations. */
    private static String camel(KafkaPrincipal.Operation operation) {
        StringBuilder name = new StringBuilder();
        for (String part : operation.name().split("_")) {
            name.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }
}
