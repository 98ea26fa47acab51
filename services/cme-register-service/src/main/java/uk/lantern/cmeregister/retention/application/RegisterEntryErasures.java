package uk.lantern.cmeregister.retention.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.lantern.cmeregister.register.application.EntryNotFound;
import uk.lantern.cmeregister.register.application.RegisterMetrics;
import uk.lantern.cmeregister.register.application.RegisterService;
import uk.lantern.cmeregister.register.application.RegisterStore;
import uk.lantern.cmeregister.register.application.StoredEntry;
import uk.lantern.cmeregister.register.application.UpnClaims;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.cmeregister.register.messaging.RegisterEventContract;
import uk.lantern.cmeregister.retention.domain.Erasure;
import uk.lantern.cmeregister.retention.domain.ErasureReason;
import uk.lantern.cmeregister.retention.domain.RetentionPolicy;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.VersionConflict;

/**
 * Erases register entries: those whose retention period after the child left the register has passed (the purge),
 * and one recorded against the wrong child (on request). Both take the same path: one single-document write turns the
 * entry into its tombstone and puts {@code RegisterEntryErased} in its outbox, so the erasure and the event telling
 * readers to forget it are stored together or not at all; then the submission claims naming the entry (the child's
 * UPN, Idempotency-Keys) are released, so the child notified again starts a fresh entry. Erasing an entry already
 * erased changes nothing and answers the first erasure (releasing its claims again, in case the first stopped
 * before that).
 */
@Service
public class RegisterEntryErasures {

    private static final Logger log = LoggerFactory.getLogger(RegisterEntryErasures.class);
    private static final int ATTEMPTS = 3;

    private final RegisterStore store;
    private final SubmissionClaims claims;
    private final UpnClaims upnClaims;
    private final RegisterEventContract contract;
    private final EventPublication publication;
    private final RegisterMetrics metrics;
    private final RetentionSettings settings;
    private final Clock clock;

    public RegisterEntryErasures(RegisterStore store, SubmissionClaims claims, UpnClaims upnClaims,
                                 RegisterEventContract contract, EventPublication publication,
                                 RegisterMetrics metrics, RetentionSettings settings, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.upnClaims = upnClaims;
        this.contract = contract;
        this.publication = publication;
        this.metrics = metrics;
        this.settings = settings;
        this.clock = clock;
        for (ErasureReason reason : ErasureReason.values()) {
            metrics.erasures(reason.name());
        }
    }

    /** What one erasure did: the erasure, and whether this call made it (false: it was erased already). */
    private record Outcome(Erasure erasure, boolean erasedNow) {
    }

    /** Erases the entry on request (recorded against the wrong child); the first erasure if it was erased already. */
    public Erasure eraseOnRequest(EntryId id, ErasureReason reason, String requestedBy) {
        return erase(id, reason, requestedBy, false).map(Outcome::erasure).orElseThrow(() -> new EntryNotFound(id));
    }

    /**
     * Erases every entry due under the retention policy now, a batch at a time; returns how many it erased. A pass
     * stopped half-way (a crash, the store away) leaves each entry either erased with its event stored, or untouched
     * and still due: the next pass finishes the work.
     */
    public int purgeDue() {
        RetentionPolicy policy = settings.policy();
        int erased = 0;
        while (true) {
            var due = store.dueForErasure(policy.cutoff(today(clock.instant())), settings.purgeBatch());
            int before = erased;
            for (EntryId id : due) {
                if (erase(id, ErasureReason.RETENTION, null, true).filter(Outcome::erasedNow).isPresent()) {
                    erased++;
                }
            }
            if (due.size() < settings.purgeBatch() || erased == before) {
                break;
            }
        }
        if (erased > 0) {
            log.info("Retention: {} register entries erased (kept {} after leaving the register)", erased,
                    policy.registerEntries());
        }
        return erased;
    }

    private Optional<Outcome> erase(EntryId id, ErasureReason reason, String requestedBy, boolean onlyIfDue) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Erasure> earlier = store.erasure(id);
            if (earlier.isPresent()) {
                claims.releaseAll(id.value());
                return Optional.of(new Outcome(earlier.get(), false));
            }
            Optional<StoredEntry> stored = store.find(id);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            RegisterEntry entry = stored.get().entry();
            Instant now = clock.instant();
            if (onlyIfDue && !settings.policy().due(entry, today(now))) {
                return Optional.empty();
            }
            if (entry.child().hasUpn()) {
                // a chain of UPN claims from before erasure existed becomes one claim, so that releasing this
                // entry's claim cannot cut a later entry of the same child off the UPN
                upnClaims.foldChain(entry.child().upn());
            }
            var erasure = new Erasure(UUID.randomUUID(), id, now, reason, requestedBy);
            if (store.erase(erasure, stored.get().version(), contract.erasureEntry(entry, erasure))) {
                publication.eventsStored();
                claims.releaseAll(id.value());
                metrics.erased(entry, reason.name());
                return Optional.of(new Outcome(erasure, true));
            }
        }
        throw new VersionConflict("register entry " + id, store.find(id).map(StoredEntry::version).orElse(-1L));
    }

    private static LocalDate today(Instant now) {
        return LocalDate.ofInstant(now, RegisterService.ENGLAND);
    }
}
