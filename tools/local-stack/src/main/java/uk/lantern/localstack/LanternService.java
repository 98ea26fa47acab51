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
    static final String ISSUER = "{issuer}";

    /** {@code {url:<service>}} in a setting stands for where that service listens in this stack. */
    static String url(String service) {
        return "{url:" + service + "}";
    }

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
            new LanternService("mace-service", 8088, "mace", List.of()),
            new LanternService("console-service", 8086, "console", List.of(
                    "--lantern.console.sign-in.issuer=" + ISSUER,
                    "--lantern.console.services.missing-episodes=" + url("missing-episode-service"),
                    "--lantern.console.services.return-interviews=" + url("return-interview-service"),
                    "--lantern.console.services.cme-register=" + url("cme-register-service"),
                    "--lantern.console.services.exploitation-risk=" + url("cse-risk-service"),
                    "--lantern.console.services.correlation=" + url("correlation-service"),
                    "--lantern.console.services.reporting=" + url("reporting-service"),
                    "--lantern.console.services.mace=" + url("mace-service"))));

    LanternService {
        settings = List.copyOf(settings);
    }

    Path jar(Path root) {
        return root.resolve("services").resolve(name).resolve("target").resolve(name + "-exec.jar");
    }

    List<String> settings(Path dataDir, String issuer, java.util.function.UnaryOperator<String> urlOfService) {
        return settings.stream()
                .map(s -> s.contains(ANALYST_KEY) ? s.replace(ANALYST_KEY, AnalystKey.of(dataDir)) : s)
                .map(s -> s.replace(DATA, dataDir.toAbsolutePath().toString()))
                .map(s -> s.replace(ISSUER, issuer))
                .map(s -> URL.matcher(s).replaceAll(found -> urlOfService.apply(found.group(1))))
                .toList();
    }

    private static final java.util.regex.Pattern URL = java.util.regex.Pattern.compile("\\{url:([a-z-]+)}");
}
