package uk.lantern.localinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.lantern.schemas.access.KafkaPrincipals;

class KafkaCredentialsTest {

    @TempDir
    Path dataDir;

    @Test
    void aDataFolderKeepsItsPasswordsAndAnotherFolderGetsOthers() throws Exception {
        Path file = dataDir.resolve("a/kafka-credentials.properties");
        KafkaCredentials first = KafkaCredentials.keptIn(file);
        KafkaCredentials again = KafkaCredentials.keptIn(file);
        KafkaCredentials elsewhere = KafkaCredentials.keptIn(dataDir.resolve("b/kafka-credentials.properties"));

        assertThat(again.passwords()).isEqualTo(first.passwords());
        assertThat(first.passwords()).containsOnlyKeys(KafkaPrincipals.names());
        assertThat(elsewhere.adminPassword()).isNotEqualTo(first.adminPassword());
        assertThat(first.passwords().values()).doesNotHaveDuplicates().allSatisfy(p -> assertThat(p).hasSizeGreaterThanOrEqualTo(32));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(first.toString()).doesNotContain(first.adminPassword());
    }
}
