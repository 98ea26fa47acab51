package uk.lantern.localstack;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.lantern.localinfra.PrivateFiles;
import java.security.GeneralSecurityException;

/**
 * The field-encryption keyset of one local data folder (a Tink JSON keyset of one AES256_GCM key). No service has a
 * default keyset, and neither has this launcher: the first run makes one and keeps it in {@code encryption-keyset.json}
 * in the data folder (readable by its owner only), so later runs read what earlier runs stored, and another folder
 * gets another key. It reaches the services in their environment ({@code LANTERN_ENCRYPTION_KEYSET}), not on their
 * command line.
 */
final class EncryptionKeyset {

    static final String FILE = "encryption-keyset.json";
    static final String ENV = "LANTERN_ENCRYPTION_KEYSET";

    private EncryptionKeyset() {
    }

    /** The folder's keyset (Tink JSON), made on first use. */
    static String of(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                PrivateFiles.writeOnce(file, generate());
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the encryption keyset in " + file, e);
        }
    }

    static String generate() {
        try {
            AeadConfig.register();
            KeysetHandle keyset = KeysetHandle.newBuilder()
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId().makePrimary())
                    .build();
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an encryption keyset", e);
        }
    }

}
