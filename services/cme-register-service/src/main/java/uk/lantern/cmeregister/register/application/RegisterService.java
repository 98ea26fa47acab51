package uk.lantern.cmeregister.register.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import uk.lantern.cmeregister.register.domain.EntryId;
import uk.lantern.cmeregister.register.domain.EventIds;
import uk.lantern.cmeregister.register.domain.RegisterCommand;
import uk.lantern.cmeregister.register.domain.RegisterEntry;
import uk.lantern.cmeregister.register.domain.RegisterPolicy;
import uk.lantern.cmeregister.register.messaging.RegisterEventContract;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.IdempotencyKeyReused;
import uk.lantern.support.problems.VersionConflict;

/**
 * The use cases of schools and CME officers. A command is checked in full before anything is written; a change and
 * its events are then written in one atomic operation on the entry's document and published by the outbox relay.
 */
@Service
public class RegisterService {

    /** Schools and officers record dates in England's local time. */
    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final int ATTEMPTS = 5;

    private final RegisterStore store;
    private final SubmissionClaims claims;
    private final UpnClaims upnClaims;
    private final RegisterEventContract contract;
    private final EventPublication publication;
    private final RegisterMetrics metrics;
    private final RegisterPolicy policy;
    private final Clock clock;
    private final EventIds eventIds = EventIds.random();

    public RegisterService(RegisterStore store, SubmissionClaims claims, UpnClaims upnClaims,
                           RegisterEventContract contract, EventPublication publication, RegisterMetrics metrics,
                           RegisterSettings settings, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.upnClaims = upnClaims;
        this.contract = contract;
        this.publication = publication;
        this.metrics = metrics;
        this.policy = settings.policy();
        this.clock = clock;
    }

    /** The outcome of a notification: the child's entry and whether this notification put the child on the register. */
    public record Notified(StoredEntry stored, boolean added) {
    }

    /**
     * Puts the child on the register, unless the child is already on it (same UPN) or this request was already
     * submitted (same Idempotency-Key): the notification is then recorded on the existing entry, at most once.
     */
    public Notified notify(RegisterCommand.Notify command, Optional<String> idempotencyKey, String fingerprint) {
        LocalDate today = today();
        EntryId candidate = EntryId.random();
        RegisterEntry.add(candidate, command, today, eventIds);

        EntryId target = command.child().hasUpn() ? upnClaims.entryFor(command.child().upn(), candidate) : candidate;
        if (idempotencyKey.isPresent()) {
            SubmissionClaims.Claim claim = claims.claim("cme-request:" + idempotencyKey.get(), target.value(), fingerprint);
            if (!claim.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused("this Idempotency-Key was used with a different notification");
            }
            target = new EntryId(claim.recordId());
        }
        String requestKey = idempotencyKey.orElse(null);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Instant now = clock.instant();
            Optional<StoredEntry> existing = store.find(target);
            if (existing.isEmpty()) {
                RegisterEntry.Change change = RegisterEntry.add(target, command, today, eventIds);
                if (store.insert(change.entry(), contract.outboxEntries(change.entry(), change.events(), now),
                        requestKey, now)) {
                    stored(change);
                    return new Notified(new StoredEntry(change.entry(), 0, idempotencyKey.stream().toList()), true);
                }
                if (store.find(target).isEmpty() && store.erasure(target).isPresent()) {
                    // The Idempotency-Key named an erased entry whose erasure stopped before it released the key:
                    // finish that, and record this notification afresh.
                    claims.releaseAll(target.value());
                    return notify(command, idempotencyKey, fingerprint);
                }
                continue;
            }
            StoredEntry stored = existing.get();
            if (requestKey != null && stored.appliedRequestKeys().contains(requestKey)) {
                return new Notified(stored, false);
            }
            RegisterEntry.Change change = stored.entry().recordNotification(command, today, eventIds);
            if (change.events().isEmpty()) {
                return new Notified(stored, false);
            }
            if (store.update(change.entry(), stored.version(),
                    contract.outboxEntries(change.entry(), change.events(), now), requestKey, now)) {
                stored(change);
                return new Notified(new StoredEntry(change.entry(), stored.version() + 1, applied(stored, requestKey)), false);
            }
        }
        throw new VersionConflict("register entry " + target, store.find(target).map(StoredEntry::version).orElse(0L));
    }

    public StoredEntry logEnquiry(EntryId id, RegisterCommand.LogEnquiry command, Optional<Long> expectedVersion,
                                  Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, e -> e.logEnquiry(command, today(), eventIds));
    }

    public StoredEntry recordAlternativeProvision(EntryId id, RegisterCommand.RecordAlternativeProvision command,
                                                  Optional<Long> expectedVersion, Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, e -> e.recordAlternativeProvision(command, policy, eventIds));
    }

    public StoredEntry remove(EntryId id, RegisterCommand.RemoveFromRegister command, Optional<Long> expectedVersion,
                              Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, e -> e.remove(command, policy, today(), eventIds));
    }

    public Optional<StoredEntry> entry(EntryId id) {
        return store.find(id);
    }

    public List<RegisterEntry> register(RegisterFilter filter, int page, int size) {
        return store.findOnRegister(filter, page, size);
    }

    public List<RegisterEntry> childHistory(String identifierKind, String identifier) {
        return store.findByChild(identifierKind, identifier);
    }

    public RegisterPolicy policy() {
        return policy;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }

    private StoredEntry change(EntryId id, Optional<Long> expectedVersion, Optional<String> requestKey,
                               Function<RegisterEntry, RegisterEntry.Change> command) {
        StoredEntry stored = store.find(id).orElseThrow(() -> new EntryNotFound(id));
        if (requestKey.isPresent() && stored.appliedRequestKeys().contains(requestKey.get())) {
            return stored;
        }
        if (expectedVersion.isPresent() && expectedVersion.get() != stored.version()) {
            throw new VersionConflict("register entry " + id, stored.version());
        }
        RegisterEntry.Change change = command.apply(stored.entry());
        Instant now = clock.instant();
        if (!store.update(change.entry(), stored.version(),
                contract.outboxEntries(change.entry(), change.events(), now), requestKey.orElse(null), now)) {
            throw new VersionConflict("register entry " + id,
                    store.find(id).map(StoredEntry::version).orElse(stored.version()));
        }
        stored(change);
        return new StoredEntry(change.entry(), stored.version() + 1, applied(stored, requestKey.orElse(null)));
    }

    private void stored(RegisterEntry.Change change) {
        publication.eventsStored();
        metrics.stored(change.entry(), change.events());
    }

    private static List<String> applied(StoredEntry stored, String requestKey) {
        List<String> applied = new ArrayList<>(stored.appliedRequestKeys());
        if (requestKey != null) {
            applied.add(requestKey);
        }
        return applied;
    }
}
