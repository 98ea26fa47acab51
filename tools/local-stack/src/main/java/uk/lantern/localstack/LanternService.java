package uk.lantern.localstack;

import java.nio.file.Path;
import java.util.List;

/** A Lantern service as the local stack runs it: its own JVM, from the same jar as production. */
record LanternService(String name, int port, String database) {

    /** Every service that exists. Later services are added here, with their port and database. */
    static final List<LanternService> ALL = List.of(
            new LanternService("missing-episode-service", 8081, "missing-episodes"),
            new LanternService("return-interview-service", 8082, "return-interviews"),
            new LanternService("cme-register-service", 8083, "cme-register"),
            new LanternService("cse-risk-service", 8084, "exploitation-risk"));

    Path jar(Path root) {
        return root.resolve("services").resolve(name).resolve("target").resolve(name + "-exec.jar");
    }
}
