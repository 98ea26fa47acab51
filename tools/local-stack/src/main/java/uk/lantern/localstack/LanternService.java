package uk.lantern.localstack;

import java.nio.file.Path;
import java.util.List;

/** A Lantern service as the local stack runs it: its own JVM, from the same jar as production. */
record LanternService(String name, int port, String database) {

    /** Every service that exists. Later services are added here, with their port and database. */
    static final List<LanternService> ALL = List.of(
            new LanternService("missing-episode-service", 8081, "missing-episodes"));

    Path jar(Path root) {
        return root.resolve("services").resolve(name).resolve("target").resolve(name + "-exec.jar");
    }
}
