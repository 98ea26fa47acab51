package uk.lantern.testsupport;

import java.nio.file.Files;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import uk.lantern.localinfra.KafkaBroker;
import uk.lantern.localinfra.MongoStore;

/**
 * A KRaft broker and a MongoDB-wire store of one test class's own, started before its tests and stopped after them,
 * for tests that stop and start the broker. Not {@link EmbeddedInfra}'s, which other test classes share. Use as
 * {@code @RegisterExtension static final StoppableInfra infra = new StoppableInfra("lantern-outage");}.
 */
public final class StoppableInfra implements BeforeAllCallback, AfterAllCallback {

    private final String dataDirPrefix;
    private KafkaBroker broker;
    private MongoStore mongo;

    public StoppableInfra(String dataDirPrefix) {
        this.dataDirPrefix = dataDirPrefix;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        broker = new KafkaBroker(Files.createTempDirectory(dataDirPrefix), 0, 0);
        broker.start();
        mongo = MongoStore.inMemory(0);
        mongo.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        broker.stop();
        mongo.stop();
    }

    public KafkaBroker broker() {
        return broker;
    }

    public MongoStore mongo() {
        return mongo;
    }

    /**
     * Starts {@code application} against this broker and the named database in this store; see
     * {@link ServiceRun#start}.
     */
    public ServiceRun startService(Class<?> application, String database, String... extraArgs) {
        return ServiceRun.start(application, broker.bootstrapServers(), mongo.connectionString() + "/" + database,
                extraArgs);
    }
}
