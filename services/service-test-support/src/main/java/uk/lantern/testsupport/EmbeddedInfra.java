package uk.lantern.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import uk.lantern.localinfra.KafkaBroker;
import uk.lantern.localinfra.MongoStore;

/** One real KRaft broker and one MongoDB-wire store per test JVM, started on first use. */
public final class EmbeddedInfra {

    private static KafkaBroker broker;
    private static MongoStore mongo;

    public static synchronized KafkaBroker broker() {
        if (broker == null) {
            try {
                broker = new KafkaBroker(Files.createTempDirectory("lantern-kafka"), 0, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            broker.start();
            Runtime.getRuntime().addShutdownHook(new Thread(broker::stop));
        }
        return broker;
    }

    public static synchronized MongoStore mongo() {
        if (mongo == null) {
            mongo = MongoStore.inMemory(0);
            mongo.start();
            Runtime.getRuntime().addShutdownHook(new Thread(mongo::stop));
        }
        return mongo;
    }

    private EmbeddedInfra() {
    }
}
