package uk.lantern.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code tools/lantern [--demo] [--data-dir DIR] [--seed N]}: starts Lantern locally and keeps it running until
 * Ctrl-C, which stops everything cleanly. With {@code --demo} the city simulator records a year of a Peterborough-sized
 * authority through the public API, then keeps a few episodes a minute coming.
 */
public final class LocalStackMain {

    public static void main(String[] args) throws InterruptedException {
        long started = System.nanoTime();
        Path root = findRoot(Path.of("").toAbsolutePath());
        LocalStack.Settings defaults = LocalStack.Settings.defaults(root);
        Path dataDir = defaults.dataDir();
        boolean demo = false;
        String seed = "42";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--demo" -> demo = true;
                case "--data-dir" -> dataDir = Path.of(args[++i]).toAbsolutePath();
                case "--seed" -> seed = args[++i];
                default -> {
                    System.err.println("usage: tools/lantern [--demo] [--data-dir DIR] [--seed N]");
                    System.exit(2);
                }
            }
        }
        LocalStack.Settings settings = new LocalStack.Settings(root, dataDir, defaults.kafkaPort(),
                defaults.kafkaControllerPort(), defaults.mongoPort(), 0, defaults.serviceJvmOptions());
        LocalStack stack = new LocalStack(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nStopping Lantern...");
            stack.close();
            System.out.println("Stopped. Data kept in " + settings.dataDir());
            stopped.countDown();
        }));
        System.out.println("Starting Lantern (data in " + settings.dataDir() + ", logs in " + stack.logDir() + ")");
        // a start after a build also writes each service's class-data archive: about two minutes here, longer on a
        // busy or slower machine; the deadline is only there to give up on a service that cannot start
        try {
            stack.start(Duration.ofSeconds(300));
        } catch (RuntimeException notStarted) {
            // say why and stop what did start (System.exit runs the shutdown hook): nothing is left running
            System.err.println("Lantern did not start: " + notStarted.getMessage());
            System.exit(1);
        }
        System.out.printf("%nLantern is ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println("  Kafka broker        " + stack.kafkaBootstrapServers() + "   (SASL/SCRAM and ACLs; as the analyst: kcat -F "
                + stack.kcatConfig("lantern-analyst") + " -b " + stack.kafkaBootstrapServers()
                + " -C -t lantern.analyst-feed.v2; as the admin: -F " + stack.kcatConfig("lantern-admin") + ")");
        System.out.println("  MongoDB-wire store  " + stack.endpoints().get("mongodb"));
        System.out.println("  OpenID provider     " + stack.issuer() + "   (sign in: tools/sign-in coordinator; the demo"
                + " people are in the README)");
        for (LanternService service : LanternService.ALL) {
            String url = stack.serviceUrl(service);
            if (service.name().equals("console-service")) {
                System.out.printf("  %-22s %s   (open it in a browser and sign in as a demo person)%n",
                        service.name(), url);
            } else {
                System.out.printf("  %-22s %s   (API docs %s/swagger-ui.html, metrics %s/actuator/prometheus)%n",
                        service.name(), url, url, url);
            }
        }
        if (demo) {
            Path simulator = root.resolve("tools/simulator/target/simulator-exec.jar");
            List<String> simulatorArgs = new ArrayList<>(List.of(
                    "--base-url", stack.serviceUrl("missing-episode-service"),
                    "--return-interviews-url", stack.serviceUrl("return-interview-service"),
                    "--cme-url", stack.serviceUrl("cme-register-service"),
                    "--cse-url", stack.serviceUrl("cse-risk-service"),
                    "--issuer", stack.issuer(),
                    "--seed", seed, "--live-rate", "6", "--live-speed", "60"));
            stack.launchJar("simulator", simulator, simulatorArgs);
            System.out.println("  Demo city           feeding a year of a Peterborough-sized city to all four services, then ~6 new episodes a minute (log: "
                    + stack.logDir().resolve("simulator.log") + ")");
        }
        System.out.println("Press Ctrl-C to stop.");
        stopped.await();
    }

    static Path findRoot(Path from) {
        for (Path dir = from; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("services"))) {
                return dir;
            }
        }
        throw new IllegalStateException("run from inside the Lantern checkout (no mvnw and services/ above " + from + ")");
    }
}
