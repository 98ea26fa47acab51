package uk.lantern.localinfra;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Runs a Kafka broker and a MongoDB-wire store for local development until the JVM is stopped. */
public final class LocalInfraMain {

    private static final Map<String, String> DEFAULTS = Map.of(
            "--data-dir", ".lantern/data",
            "--kafka-port", "9092",
            "--kafka-controller-port", "9093",
            "--mongo-port", "27017");

    private static final String USAGE = "usage: LocalInfraMain [--data-dir .lantern/data] [--kafka-port 9092]"
            + " [--kafka-controller-port 9093] [--mongo-port 27017]";

    private LocalInfraMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        Map<String, String> options = parse(args);
        Path dataDir = Path.of(options.get("--data-dir"));
        MongoStore mongo = MongoStore.persistent(dataDir.resolve("mongo").resolve("store.mv.db"),
                Integer.parseInt(options.get("--mongo-port")));
        KafkaBroker kafka = new KafkaBroker(dataDir.resolve("kafka"),
                Integer.parseInt(options.get("--kafka-port")),
                Integer.parseInt(options.get("--kafka-controller-port")));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            mongo.stop();
        }, "local-infra-shutdown"));

        long started = System.nanoTime();
        mongo.start();
        System.out.printf("mongodb %s (%d ms)%n", mongo.connectionString(), millisSince(started));
        started = System.nanoTime();
        kafka.start();
        System.out.printf("kafka   %s (%d ms)%n", kafka.bootstrapServers(), millisSince(started));

        Thread.currentThread().join();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>(DEFAULTS);
        for (int i = 0; i < args.length; i += 2) {
            if (!DEFAULTS.containsKey(args[i]) || i + 1 == args.length) {
                throw new IllegalArgumentException("Bad or incomplete option " + args[i] + "; " + USAGE);
            }
            options.put(args[i], args[i + 1]);
        }
        return options;
    }

    private static long millisSince(long nanoTime) {
        return (System.nanoTime() - nanoTime) / 1_000_000;
    }

    /** This JVM runs only infrastructure: its INFO chatter (Kafka, H2, Netty) hides the endpoints. */
    private static void quietLogging() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.setLevel(Level.WARN);
        }
    }
}
