package uk.lantern.support.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Tells a repeated request from a different one under the same Idempotency-Key: a digest of the parsed body. */
public final class Fingerprint {

    /** {@code body} should be the request record: its {@code toString} lists every field, nested records included. */
    public static String of(Object body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private Fingerprint() {
    }
}
