package uk.lantern.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.lantern.localinfra.PrivateFiles;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The analyst feed's HMAC key for one local data folder. The service has no default key, and neither has this
 * launcher: the first run makes 32 random bytes and keeps them, base64, in {@code analyst-key} in the data folder
 * (readable by its owner only), so later runs over the same data give the same pseudonyms and another folder gets
 * another key.
 */
final class AnalystKey {

    static final String FILE = "analyst-key";
    private static final int BYTES = 32;

    private AnalystKey() {
    }

    /** The folder's key (base64), made on first use. */
    static String of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                byte[] key = new byte[BYTES];
                new SecureRandom().nextBytes(key);
                PrivateFiles.writeOnce(file, Base64.getEncoder().encodeToString(key));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the analyst key in " + file, e);
        }
    }

}
