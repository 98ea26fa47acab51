package uk.lantern.schemas.cmeregister;

import java.time.Instant;

/**
 * Schema: {@code schemas/cme-register/register-entry-erased.v1.json}. The register entry is gone from the service;
 * readers forget it. No personal data: the envelope's subject is empty; the message key is the entry's usual key.
 */
public record RegisterEntryErased(String entryId, Instant erasedAt, Reason reason) implements CmeRegisterEvent {

    public enum Reason { RETENTION, WRONGLY_RECORDED }
}
