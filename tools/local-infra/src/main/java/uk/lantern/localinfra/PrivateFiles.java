package uk.lantern.localinfra;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The local stack's secrets (keys, passwords, kcat configurations) in files only their owner may read, where the file
 * system knows owners.
 */
public final class PrivateFiles {

    /** Creates {@code file} readable and writable by its owner only; false if it already exists. */
    public static boolean create(Path file) throws IOException {
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            return true;
        } catch (FileAlreadyExistsException exists) {
            return false;
        }
    }

    /** Writes a secret made once: only if {@code file} did not exist (another process may have made it meanwhile). */
    public static void writeOnce(Path file, String text) throws IOException {
        if (create(file)) {
            Files.writeString(file, text);
        }
    }

    /** Replaces the text of {@code file}, creating it owner-only first if it is new. */
    public static void write(Path file, String text) throws IOException {
        create(file);
        Files.writeString(file, text);
    }

    private PrivateFiles() {
    }
}
