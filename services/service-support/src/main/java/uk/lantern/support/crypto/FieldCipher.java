package uk.lantern.support.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeyStatus;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmParameters;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;
import org.bson.Document;

/**
 * Authenticated encryption (AES-256-GCM, through a Google Tink keyset) of one free-text value, bound to its place.
 *
 * <p>A sealed value is stored as {@code {"enc": "tink-aead-v1", "kid": <key id>, "ct": <base64>}}: self-describing, so
 * a plain string written before encryption is still read (and rewritten sealed by the re-encryption command), and the
 * key id (unsigned, as the keyset's JSON writes it) says which key a value waits on without decrypting it. The associated data is the value's place
 * ({@code collection/documentId/field.path}): a ciphertext copied into another record or field does not decrypt.
 *
 * <p>The keyset is Tink's JSON keyset format; its primary key seals, every key in it opens. Rotation is adding a key,
 * making it primary, re-encrypting (see {@link ReEncryption}) and then deleting the old key ({@link FieldKeys}).
 */
public final class FieldCipher {

    public static final String FORMAT = "tink-aead-v1";
    static final String MARK = "enc";
    static final String KEY_ID = "kid";
    static final String CIPHERTEXT = "ct";

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Tink's AEAD could not be registered", e);
        }
    }

    /** Loads this class, which registers Tink's AEAD. */
    static void registered() {
    }

    private final Aead aead;
    private final int primaryKeyId;
    private final Set<Integer> keyIds;

    private FieldCipher(KeysetHandle keyset) throws GeneralSecurityException {
        Set<Integer> ids = new LinkedHashSet<>();
        for (int i = 0; i < keyset.size(); i++) {
            KeysetHandle.Entry entry = keyset.getAt(i);
            if (!(entry.getKey().getParameters() instanceof AesGcmParameters p) || p.getKeySizeBytes() != 32
                    || p.getVariant() != AesGcmParameters.Variant.TINK) {
                throw new IllegalStateException("lantern.encryption.keyset: key " + entry.getId()
                        + " is not AES256_GCM (Tink's AES-256-GCM with key id prefix); only such keys are accepted");
            }
            if (entry.getStatus() == KeyStatus.ENABLED) {
                ids.add(entry.getId());
            }
        }
        this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
        this.primaryKeyId = keyset.getPrimary().getId();
        this.keyIds = Set.copyOf(ids);
    }

    /** The cipher of a Tink JSON keyset (cleartext: it comes from a secret, never from the code or a default). */
    public static FieldCipher fromJsonKeyset(String json) {
        if (json == null || json.isBlank()) {
            throw new IllegalStateException("No field-encryption keyset: set lantern.encryption.keyset "
                    + "(env LANTERN_ENCRYPTION_KEYSET) to a Tink JSON keyset of AES256_GCM keys. This service stores "
                    + "sensitive free text and will not start without one. Generate one with: java -cp <service jar> "
                    + "-Dloader.main=uk.lantern.support.crypto.FieldKeys org.springframework.boot.loader.launch.PropertiesLauncher generate");
        }
        try {
            return new FieldCipher(TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("lantern.encryption.keyset is not a usable Tink JSON keyset: "
                    + e.getMessage(), e);
        }
    }

    public int primaryKeyId() {
        return primaryKeyId;
    }

    public Set<Integer> keyIds() {
        return keyIds;
    }

    /** The stored form of {@code plaintext} at {@code place}, sealed under the primary key. */
    public Document seal(String plaintext, String place) {
        try {
            byte[] ct = aead.encrypt(plaintext.getBytes(StandardCharsets.UTF_8), ad(place));
            return new Document(MARK, FORMAT).append(KEY_ID, Integer.toUnsignedLong(primaryKeyId))
                    .append(CIPHERTEXT, Base64.getEncoder().encodeToString(ct));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealing " + place + " failed", e);
        }
    }

    /**
     * The plaintext of a stored value: a sealed value is opened, a plain string (written before encryption) is
     * returned as it is.
     *
     * @throws UnreadableSensitiveText when the value is sealed under a key no longer in the keyset, or does not
     *                                 belong at {@code place}
     */
    public String open(Object stored, String place) {
        if (stored == null || stored instanceof String) {
            return (String) stored;
        }
        if (!(stored instanceof Document sealed) || !FORMAT.equals(sealed.get(MARK))) {
            throw new UnreadableSensitiveText(place, null, "not a sealed value of " + FORMAT);
        }
        Integer kid = keyId(sealed);
        if (kid != null && !keyIds.contains(kid)) {
            throw new UnreadableSensitiveText(place, kid, "sealed under key " + Integer.toUnsignedString(kid)
                    + ", which is not in the keyset (retired too early?)");
        }
        try {
            byte[] pt = aead.decrypt(Base64.getDecoder().decode(sealed.getString(CIPHERTEXT)), ad(place));
            return new String(pt, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new UnreadableSensitiveText(place, kid, "does not open here (moved from another record or field, "
                    + "or altered)");
        }
    }

    /** True if {@code stored} is sealed under the primary key (nothing to rewrite); false if plain or older. */
    public boolean isCurrent(Object stored) {
        return stored instanceof Document d && FORMAT.equals(d.get(MARK)) && Integer.valueOf(primaryKeyId).equals(keyId(d));
    }

    static Integer keyId(Document sealed) {
        Object kid = sealed.get(KEY_ID);
        return kid instanceof Number n ? n.intValue() : null;
    }

    private static byte[] ad(String place) {
        return place.getBytes(StandardCharsets.UTF_8);
    }
}
