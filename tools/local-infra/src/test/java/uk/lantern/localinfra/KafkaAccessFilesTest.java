package uk.lantern.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.lantern.schemas.access.KafkaPrincipal;
import uk.lantern.schemas.access.KafkaPrincipals;

/**
 * docker-compose's and Kubernetes' users, topics and ACLs are the ones {@link KafkaPrincipals} declares: the committed
 * files are what {@link KafkaAccessFiles} makes, and each service in them runs as its own principal with its own
 * password. Run with {@code -Dlantern.write-access-files=true} to write the files again.
 */
class KafkaAccessFilesTest {

    /** Surefire runs in the module's folder. */
    private static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();

    @Test
    void theCommittedFilesAreTheOnesTheDeclarationMakes() throws Exception {
        if (Boolean.getBoolean("lantern.write-access-files")) {
            KafkaAccessFiles.main(new String[] {ROOT.toString()});
        }
        for (Map.Entry<String, String> file : KafkaAccessFiles.all().entrySet()) {
            Path path = ROOT.resolve(file.getKey());
            assertThat(path).as(file.getKey() + " is missing: run with -Dlantern.write-access-files=true").exists();
            assertThat(Files.readString(path))
                    .as(file.getKey() + " differs from KafkaPrincipals: run this test with -Dlantern.write-access-files=true")
                    .isEqualTo(file.getValue());
        }
    }

    @Test
    void composeRunsEachServiceAsItsOwnPrincipalWithItsOwnPasswordAndNoDefault() throws Exception {
        String compose = Files.readString(ROOT.resolve("docker-compose.yml"));
        for (KafkaPrincipal principal : KafkaPrincipals.all()) {
            if (principal == KafkaPrincipals.ANALYST) {
                continue;
            }
            String block = serviceBlock(compose, principal.service());
            assertThat(block).as(principal.service())
                    .contains("LANTERN_KAFKA_USERNAME: " + principal.name())
                    .contains("LANTERN_KAFKA_PASSWORD: ${" + principal.passwordVariable() + ":?");
            for (KafkaPrincipal other : KafkaPrincipals.all()) {
                if (other != principal) {
                    assertThat(block).as(principal.service() + " sees no other password").doesNotContain(other.passwordVariable());
                }
            }
            assertThat(block).doesNotContain(KafkaPrincipals.ADMIN_PASSWORD_VARIABLE);
        }
        String init = serviceBlock(compose, "kafka-access");
        for (KafkaPrincipal principal : KafkaPrincipals.all()) {
            assertThat(init).contains(principal.passwordVariable() + ": ${" + principal.passwordVariable() + ":?");
        }
        assertThat(init).contains(KafkaAccessFiles.COMPOSE_SCRIPT.substring("deploy/".length()));
    }

    @Test
    void kubernetesRunsEachServiceAsItsOwnPrincipalWithItsOwnSecret() throws Exception {
        String kustomization = Files.readString(ROOT.resolve("deploy/kubernetes/base/kustomization.yaml"));
        assertThat(kustomization).contains("kafka-users.yaml", "kafka-topics.yaml");
        for (KafkaPrincipal principal : KafkaPrincipals.all()) {
            if (principal == KafkaPrincipals.ANALYST) {
                continue;
            }
            String manifest = Files.readString(ROOT.resolve("deploy/kubernetes/base/" + principal.service() + ".yaml"));
            assertThat(manifest).as(principal.service())
                    .containsPattern("name: LANTERN_KAFKA_USERNAME\\s+value: " + principal.name())
                    .containsPattern("name: LANTERN_KAFKA_PASSWORD\\s+valueFrom:\\s+secretKeyRef:\\s+name: "
                            + principal.name() + "\\s+key: password");
        }
    }

    /** The text of one top-level service of docker-compose.yml, up to the next one. */
    private static String serviceBlock(String compose, String service) {
        int start = compose.indexOf("\n  " + service + ":\n");
        assertThat(start).as("service " + service + " in docker-compose.yml").isNotNegative();
        int next = start + 1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\n  [a-z][a-z-]*:\n|\n[a-z]").matcher(compose);
        int end = m.find(next + 1) ? m.start() : compose.length();
        return compose.substring(start, end);
    }
}
