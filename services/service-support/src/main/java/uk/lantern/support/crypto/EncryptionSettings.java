package uk.lantern.support.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Field encryption of sensitive free text.
 *
 * @param keyset     a Tink JSON keyset of AES256_GCM keys (a secret: env {@code LANTERN_ENCRYPTION_KEYSET}); no
 *                   default, and a service with sensitive fields does not start without it
 * @param reEncrypt  run the re-encryption command instead of serving: rewrite every stored sensitive value under the
 *                   primary key, report, and exit
 * @param batchSize  documents read per page by the re-encryption command
 */
@ConfigurationProperties("lantern.encryption")
public record EncryptionSettings(String keyset, boolean reEncrypt, Integer batchSize) {

    public EncryptionSettings {
        batchSize = batchSize == null || batchSize < 1 ? 200 : batchSize;
    }
}
