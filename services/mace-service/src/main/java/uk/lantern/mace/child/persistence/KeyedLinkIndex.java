package uk.lantern.mace.child.persistence;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.AesGcmKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import uk.lantern.mace.child.application.LinkIndex;

/**
 * HMAC-SHA256 of the link key under the service's index key. The index key is {@code lantern.mace.link-index-key}
 * (base64, at least 32 bytes, a secret) when set; otherwise it is derived from the primary key of the field-encryption
 * keyset ({@code lantern.encryption.keyset}) as HMAC-SHA256(key, "lantern/mace/link-index/v1"), so the service needs
 * no second secret. Either way, changing it changes every index: see the README ("Persons of concern are matched by a
 * blind index") for what a change asks.
 */
@Component
class KeyedLinkIndex implements LinkIndex {

    static final String LABEL = "lantern/mace/link-index/v1";
    private static final Base64.Encoder BASE64 = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;

    KeyedLinkIndex(@Value("${lantern.mace.link-index-key:}") String indexKey,
                   @Value("${lantern.encryption.keyset:}") String keyset) {
        this.key = new SecretKeySpec(indexKey == null || indexKey.isBlank() ? derived(keyset) : given(indexKey),
                "HmacSHA256");
    }

    @Override
    public String of(String linkKey) {
        int colon = linkKey.indexOf(':');
        String kind = colon < 0 ? "LINK" : linkKey.substring(0, colon);
        return kind + "#" + BASE64.encodeToString(hmac(key.getEncoded(), linkKey));
    }

    private static byte[] given(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lantern.mace.link-index-key is not base64", e);
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("lantern.mace.link-index-key must be at least 32 bytes (openssl rand "
                    + "-base64 32)");
        }
        return bytes;
    }

    private static byte[] derived(String keyset) {
        if (keyset == null || keyset.isBlank()) {
            throw new IllegalStateException("No key for the link index: set lantern.mace.link-index-key, or "
                    + "lantern.encryption.keyset (from whose primary key it is derived)");
        }
        try {
            AeadConfig.register();
            KeysetHandle handle = TinkJsonProtoKeysetFormat.parseKeyset(keyset, InsecureSecretKeyAccess.get());
            if (!(handle.getPrimary().getKey() instanceof AesGcmKey aes)) {
                throw new IllegalStateException("lantern.encryption.keyset: the primary key is not AES-GCM");
            }
            return hmac(aes.getKeyBytes().toByteArray(InsecureSecretKeyAccess.get()), LABEL);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("lantern.encryption.keyset is not a usable Tink JSON keyset", e);
        }
    }

    private static byte[] hmac(byte[] key, String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
