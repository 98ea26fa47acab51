package uk.lantern.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How a service's JVM starts quickly: from its jar extracted by Spring Boot ({@code -Djarmode=tools extract}), with a
 * class-data sharing archive of the classes it loaded. The first start after a build runs with
 * {@code -XX:ArchiveClassesAtExit} (the JVM writes the archive when it stops); later starts map it with
 * {@code -XX:SharedArchiveFile} instead of loading and verifying those classes again. On two cores this roughly halves a
 * service's start-up (cse-risk-service: 7.7 s from the fat jar, 3.3 s extracted with an archive). A new build of the
 * jar makes a new extraction and a new archive; an archive the JVM cannot use is ignored by the JVM, which then
 * starts as it would without one.
 */
final class FastStart {

    private FastStart() {
    }

    /** The JVM arguments that start {@code jar} from its extraction under {@code cacheDir}, archive and all. */
    static List<String> arguments(String java, Path jar, Path cacheDir) {
        Path dir = cacheDir.resolve(jar.getFileName().toString().replace(".jar", ""));
        Path extracted = dir.resolve("app").resolve(jar.getFileName());
        Path archive = dir.resolve("classes.jsa");
        try {
            if (!Files.exists(extracted) || Files.getLastModifiedTime(extracted).compareTo(Files.getLastModifiedTime(jar)) < 0) {
                Files.deleteIfExists(archive);
                extract(java, jar, dir.resolve("app"));
                Files.setLastModifiedTime(extracted, Files.getLastModifiedTime(jar));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String sharing = Files.exists(archive)
                ? "-XX:SharedArchiveFile=" + archive
                : "-XX:ArchiveClassesAtExit=" + archive;
        return List.of(sharing, "-jar", extracted.toString());
    }

    private static void extract(String java, Path jar, Path destination) throws IOException {
        Files.createDirectories(destination);
        Process process = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", destination.toString(), "--force")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("could not extract " + jar + " (exit " + (process.isAlive() ? "timeout" : process.exitValue()) + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted extracting " + jar, e);
        }
    }
}
