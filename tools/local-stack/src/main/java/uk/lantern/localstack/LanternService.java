package uk.lantern.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * A Lantern service as the local stack runs it: its own JVM, from the same jar as production. {@code settings} are
 * passed on its command line after the connection settings; {@value #DATA} in one stands for the stack's data folder.
 */
record LanternService(String name, int port, String database, List<String> settings) {

    static final String DATA = "{data}";

    /**
     * The analyst feed's HMAC key for a local run only (base64 of "local-only-analyst-key-not-a-secret"). Production
     * has no default: the service refuses to start without lantern.correlation.analyst-key.
     */
    static final String DEV_ANALYST_KEY = "bG9jYWwtb25seS1hbmFseXN0LWtleS1ub3QtYS1zZWNyZXQ=";

    /** Every service that exists. Later services are added here, with their port and database. */
    static final List<LanternService> ALL = List.of(
            new LanternService("missing-episode-service", 8081, "missing-episodes", List.of()),
            new LanternService("return-interview-service", 8082, "return-interviews", List.of()),
            new LanternService("cme-register-service", 8083, "cme-register", List.of()),
            new LanternService("cse-risk-service", 8084, "exploitation-risk", List.of()),
            new LanternService("correlation-service", 8085, "correlation", List.of(
                    "--lantern.correlation.analyst-key=" + DEV_ANALYST_KEY,
                    "--lantern.correlation.state-dir=" + DATA + "/correlation-streams",
                    "--lantern.correlation.instance-id=local-correlation-0")));

    LanternService {
        settings = List.copyOf(settings);
    }

    Path jar(Path root) {
        return root.resolve("services").resolve(name).resolve("target").resolve(name + "-exec.jar");
    }

    List<String> settings(Path dataDir) {
        return settings.stream().map(s -> s.replace(DATA, dataDir.toAbsolutePath().toString())).toList();
    }
}
