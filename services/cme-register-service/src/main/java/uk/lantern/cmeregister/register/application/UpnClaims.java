package uk.lantern.cmeregister.register.application;

import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.register.domain.EntryStatus;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.support.idempotency.SubmissionClaims.Claim;

/**
 * "Already on the register" for a child with a UPN: one claim per UPN ({@code cme-upn:<upn>}) names the child's
 * current entry. A notification claims it for a new entry; if it names an entry still on the register (or one a
 * concurrent notification claimed and has not stored yet), the notification belongs there. If it names an entry that
 * has left the register or was erased, the claim is moved to a new entry with one conditional write, so of two
 * concurrent notifications one moves it and the other finds the entry it moved it to.
 *
 * <p>Before erasure existed the claims were a chain: a closed entry's successor was claimed under
 * {@code cme-upn:<upn>:after:<closed entry>}. Such a link is folded into the one claim when it is met, so a chain
 * written then is read the same way now; an erasure folds the chain first, so releasing the erased entry's claim
 * never cuts a later entry off the child's UPN.
 */
@Component
public class UpnClaims {

    private static final String UPN = "upn";

    private final SubmissionClaims claims;
    private final RegisterStore store;

    public UpnClaims(SubmissionClaims claims, RegisterStore store) {
        this.claims = claims;
        this.store = store;
    }

    /** The entry a notification for this UPN belongs to: the child's current entry, or {@code candidate}. */
    public EntryId entryFor(String upn, EntryId candidate) {
        String key = key(upn);
        while (true) {
            EntryId holder = new EntryId(claims.claim(key, candidate.value(), UPN).recordId());
            if (holder.equals(candidate) || stillCurrent(holder)) {
                return holder;
            }
            Optional<Claim> link = claims.find(link(upn, holder));
            String next = link.map(Claim::recordId).orElse(candidate.value());
            if (claims.reassign(key, holder.value(), next)) {
                link.ifPresent(l -> claims.release(l.key(), l.recordId()));
                if (next.equals(candidate.value())) {
                    return candidate;
                }
            }
            // someone else moved the claim, or a link was folded in: read it again
        }
    }

    /** Folds a chain written before erasure existed into the one claim; does nothing to a claim already single. */
    public void foldChain(String upn) {
        String key = key(upn);
        while (true) {
            Optional<Claim> held = claims.find(key);
            if (held.isEmpty()) {
                return;
            }
            Optional<Claim> link = claims.find(link(upn, new EntryId(held.get().recordId())));
            if (link.isEmpty()) {
                return;
            }
            if (claims.reassign(key, held.get().recordId(), link.get().recordId())) {
                claims.release(link.get().key(), link.get().recordId());
            }
        }
    }

    /** On the register, or claimed by a notification whose entry is not stored yet (never stored, never erased). */
    private boolean stillCurrent(EntryId holder) {
        Optional<StoredEntry> entry = store.find(holder);
        if (entry.isPresent()) {
            return entry.get().entry().status() == EntryStatus.ON_REGISTER;
        }
        return store.erasure(holder).isEmpty();
    }

    private static String key(String upn) {
        return "cme-upn:" + upn.trim();
    }

    private static String link(String upn, EntryId closed) {
        return key(upn) + ":after:" + closed.value();
    }
}
