package uk.lantern.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack passes the correlation service a key of its data folder's own, never one written in the code. */
class AnalystKeyTest {

    @TempDir
    Path root;

    @Test
    void the_first_run_makes_a_random_key_of_32_bytes_that_later_runs_over_the_same_data_reuse() throws Exception {
        Path data = root.resolve("data");

        String key = AnalystKey.of(data);

        assertThat(Base64.getDecoder().decode(key)).hasSize(32);
        assertThat(AnalystKey.of(data)).isEqualTo(key);
        assertThat(Files.readString(data.resolve(AnalystKey.FILE)).strip()).isEqualTo(key);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve(AnalystKey.FILE))))
                .isEqualTo("rw-------");
    }

    @Test
    void another_data_folder_gets_another_key() {
        assertThat(AnalystKey.of(root.resolve("one"))).isNotEqualTo(AnalystKey.of(root.resolve("two")));
    }

    @Test
    void the_correlation_service_is_started_with_the_data_folders_key() {
        Path data = root.resolve("data");
        var correlation = LanternService.ALL.stream().filter(s -> s.name().equals("correlation-service"))
                .findFirst().orElseThrow();

        assertThat(correlation.settings(data, "http://localhost:9000", service -> service))
                .contains("--lantern.correlation.analyst-key=" + AnalystKey.of(data))
                .noneMatch(s -> s.contains(LanternService.ANALYST_KEY));
    }
}
