package uk.lantern.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.awaitility.Awaitility;
import org.bson.Document;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * One run of a service's Spring Boot application on a random port, against a given broker and MongoDB, for tests
 * that stop and restart the service (or the broker) themselves.
 */
public final class ServiceRun implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Api api;

    private ServiceRun(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new Api(Integer.parseInt(context.getEnvironment().getProperty("local.server.port")));
    }

    /**
     * Starts {@code application} with {@code --server.port=0}, the given bootstrap servers and MongoDB URI (database
     * included), then {@code extraArgs}.
     */
    public static ServiceRun start(Class<?> application, String bootstrapServers, String mongoUri, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--spring.mongodb.uri=" + mongoUri));
        args.addAll(List.of(extraArgs));
        return new ServiceRun(new SpringApplicationBuilder(application).run(args.toArray(String[]::new)));
    }

    public Api api() {
        return api;
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    /** Waits (up to 30 s) until no document in any of the collections has an event left in its outbox. */
    public void awaitOutboxEmpty(String... collections) {
        awaitOutboxEmpty(context.getBean(MongoTemplate.class), collections);
    }

    /** Waits (up to 30 s) until no document in any of the collections has an event left in its outbox. */
    public static void awaitOutboxEmpty(MongoTemplate mongoTemplate, String... collections) {
        if (collections.length == 0) {
            throw new IllegalArgumentException("name at least one collection");
        }
        Document waiting = new Document("outbox.0", new Document("$exists", true));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
            for (String collection : collections) {
                if (mongoTemplate.getCollection(collection).countDocuments(waiting) != 0) {
                    return false;
                }
            }
            return true;
        });
    }

    @Override
    public void close() {
        context.close();
    }
}
