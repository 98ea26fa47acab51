package uk.lantern.support.crypto;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;

/**
 * Keyset chores for field encryption, on Tink JSON keysets (each prints the new keyset on standard output):
 * <pre>
 *   generate                     a keyset of one AES256_GCM key
 *   add-primary  KEYSET_FILE     adds a new AES256_GCM key and makes it primary (old keys still open)
 *   retire       KEYSET_FILE ID  deletes key ID (refused if it is the primary)
 *   list         KEYSET_FILE     key ids, the primary marked (no secrets printed)
 * </pre>
 */
public final class FieldKeys {

    public static void main(String[] args) throws Exception {
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "generate" -> System.out.println(generate());
            case "add-primary" -> System.out.println(addPrimary(read(args, 1)));
            case "retire" -> System.out.println(retire(read(args, 1), (int) Long.parseLong(args[2])));
            case "list" -> System.out.println(list(read(args, 1)));
            default -> {
                System.err.println("usage: FieldKeys generate | add-primary KEYSET_FILE | retire KEYSET_FILE KEY_ID"
                        + " | list KEYSET_FILE");
                System.exit(2);
            }
        }
    }

    public static String generate() throws GeneralSecurityException {
        FieldCipher.registered();
        KeysetHandle keyset = KeysetHandle.newBuilder()
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId().makePrimary())
                .build();
        return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
    }

    public static String addPrimary(String json) throws GeneralSecurityException {
        KeysetHandle keyset = parse(json);
        KeysetHandle rotated = KeysetHandle.newBuilder(keyset)
                .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                        .withRandomId().makePrimary())
                .build();
        return TinkJsonProtoKeysetFormat.serializeKeyset(rotated, InsecureSecretKeyAccess.get());
    }

    public static String retire(String json, int keyId) throws GeneralSecurityException {
        KeysetHandle keyset = parse(json);
        KeysetHandle.Builder builder = KeysetHandle.newBuilder(keyset);
        for (int i = 0; i < keyset.size(); i++) {
            if (keyset.getAt(i).getId() == keyId) {
                if (keyset.getAt(i).isPrimary()) {
                    throw new IllegalArgumentException("key " + keyId + " is the primary: add a new primary first");
                }
                builder.deleteAt(i);
                return TinkJsonProtoKeysetFormat.serializeKeyset(builder.build(), InsecureSecretKeyAccess.get());
            }
        }
        throw new IllegalArgumentException("no key " + keyId + " in the keyset");
    }

    public static String list(String json) throws GeneralSecurityException {
        KeysetHandle keyset = parse(json);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry e = keyset.getAt(i);
            out.append(Integer.toUnsignedString(e.getId())).append(e.isPrimary() ? " primary " : " ").append(e.getStatus()).append('\n');
        }
        return out.toString().strip();
    }

    private static KeysetHandle parse(String json) throws GeneralSecurityException {
        FieldCipher.registered();
        return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    }

    private static String read(String[] args, int i) throws IOException {
        return Files.readString(Path.of(args[i]), StandardCharsets.UTF_8);
    }

    private FieldKeys() {
    }
}
