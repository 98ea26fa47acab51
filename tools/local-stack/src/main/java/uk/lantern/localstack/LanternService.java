package uk.lantern.localstack;

import java.nio.file.Path;
import java.util.List;

/**
 * A Lantern service as the local stack runs it: its own JVM, from the same jar as production. {@code settings} are
 * passed on its command line after the connection settings; {@value #DATA} in one stands for the stack's data folder,
 * {@value #ANALYST_KEY} for the data folder's own analyst key ({@link AnalystKey}: random, made on first run; there is
 * no default key anywhere).
 */
record LanternService(String name, int port, String database, List<String> settings) {

    static final String DATA = "{data}";
    static final String ANALYST_KEY = "{analyst-key}";

    /** Every service that exists. Later services are added here, with their port and database. */
    static final List<LanternService> ALL = List.of(
            new LanternService("missing-episode-service", 8081, "missing-episodes", List.of()),
            new LanternService("return-interview-service", 8082, "return-interviews", List.of()),
            new LanternService("cme-register-service", 8083, "cme-register", List.of()),
            new LanternService("cse-risk-service", 8084, "exploitation-risk", List.of()),
            new LanternService("correlation-service", 8085, "correlation", List.of(
                    "--lantern.correlation.analyst-key=" + ANALYST_KEY,
                    "--lantern.correlation.state-dir=" + DATA + "/correlation-streams",
                    "--lantern.correlation.instance-id=local-correlation-0")),
            new LanternService("reporting-service", 8087, "reporting", List.of()),
            new LanternService("mace-service", 8088, "mace", List.of()));

    LanternService {
        settings = List.copyOf(settings);
    }

    Path jar(Path root) {
        return root.resolve("services").resolve(name).resolve("target").resolve(name + "-exec.jar");
    }

    List<String> settings(Path dataDir) {
        return settings.stream()
                .map(s -> s.contains(ANALYST_KEY) ? s.replace(ANALYST_KEY, AnalystKey.of(dataDir)) : s)
                .map(s -> s.replace(DATA, dataDir.toAbsolutePath().toString()))
                .toList();
    }
}
