package uk.lantern.localinfra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** A MongoDB wire-protocol server (mongo-java-server) on 127.0.0.1. */
public final class MongoStore implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final Supplier<MongoBackend> backends;
    private final int port;
    private MongoServer server;

    private MongoStore(Supplier<MongoBackend> backends, int port) {
        this.backends = backends;
        this.port = FreePorts.resolve(port)[0];
    }

    /** Starts empty on every {@link #start()}. A port of 0 means a free port, chosen once. */
    public static MongoStore inMemory(int port) {
        return new MongoStore(MemoryBackend::new, port);
    }

    /** Keeps its data in the H2 MVStore file {@code h2File} across restarts. A port of 0 means a free port, chosen once. */
    public static MongoStore persistent(Path h2File, int port) {
        Path file = h2File.toAbsolutePath();
        return new MongoStore(() -> {
            createDirectories(file.getParent());
            return new H2Backend(file.toString());
        }, port);
    }

    public synchronized void start() {
        if (server != null) {
            return;
        }
        MongoBackend backend = backends.get();
        MongoServer starting = new MongoServer(backend);
        try {
            starting.bind(HOST, port);
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        server = starting;
    }

    /** Also closes the backend, which for H2 commits and closes the file. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server = null;
    }

    public String connectionString() {
        return "mongodb://" + HOST + ":" + port;
    }

    @Override
    public void close() {
        stop();
    }

    private static void createDirectories(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
