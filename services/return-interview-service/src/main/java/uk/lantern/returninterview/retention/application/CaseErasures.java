package uk.lantern.returninterview.retention.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import uk.lantern.returninterview.interview.application.CaseNotFound;
import uk.lantern.returninterview.interview.application.CaseStore;
import uk.lantern.returninterview.interview.application.StoredCase;
import uk.lantern.returninterview.interview.domain.CaseId;
import uk.lantern.returninterview.interview.messaging.CaseEventContract;
import uk.lantern.returninterview.retention.domain.Erasure;
import uk.lantern.returninterview.retention.domain.ErasureReason;
import uk.lantern.returninterview.retention.domain.RetentionPolicy;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.VersionConflict;
import uk.lantern.support.retention.PurgePass;
import uk.lantern.support.retention.PurgeSchedule;
import uk.lantern.support.retention.ScheduledRetentionPurge;

/**
 * Erases return-interview cases: those whose retention period has passed (the purge), one recorded against the wrong
 * child (on request), and the case of a missing episode that was erased (from {@code EpisodeErased}). All take the
 * same path: one single-document write turns the case into its tombstone and puts {@code InterviewCaseErased} in its
 * outbox, so the erasure and the event telling readers to forget it are stored together or not at all. Erasing a
 * case already erased changes nothing and answers the first erasure.
 */
@Service
public class CaseErasures implements ScheduledRetentionPurge.Pass {

    private final CaseStore store;
    private final CaseEventContract contract;
    private final EventPublication publication;
    private final RetentionSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    public CaseErasures(CaseStore store, CaseEventContract contract, EventPublication publication,
                        RetentionSettings settings, MeterRegistry meters, Clock clock) {
        this.store = store;
        this.contract = contract;
        this.publication = publication;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** The erasure, and whether this call made it (false: it was erased before, and this is the first erasure). */
    public record Outcome(Erasure erasure, boolean erasedNow) {
    }

    /** Erases the case on request (recorded against the wrong child); the first erasure if it was erased already. */
    public Erasure eraseOnRequest(CaseId id, ErasureReason reason, String requestedBy) {
        return erase(id, reason, requestedBy, false, false).map(Outcome::erasure).filter(Erasure::caseWasErased)
                .orElseThrow(() -> new CaseNotFound(id));
    }

    /**
     * The missing episode the case follows was erased: the case goes too. If its child had not returned (no case),
     * a tombstone is kept all the same, so that a {@code ChildReturned} delivered after the erasure (a redelivery, a
     * relay's late resend) opens no case. True if this changed anything; false for a repeat.
     */
    public boolean episodeErased(CaseId id) {
        return erase(id, ErasureReason.EPISODE_ERASED, null, false, true).map(Outcome::erasedNow).orElse(false);
    }

    /**
     * Erases every case due under the retention policy now, a batch at a time ({@link PurgePass}); returns how many
     * this pass erased.
     */
    public int purgeDue() {
        RetentionPolicy policy = settings.policy();
        return new PurgePass<CaseId>("return-interview cases", "kept " + policy.interviewCases() + " after closure",
                (now, after, limit) -> store.dueForErasure(policy.cutoff(now), after, limit),
                id -> erase(id, ErasureReason.RETENTION, null, true, false).filter(Outcome::erasedNow).isPresent(),
                settings.purgeBatch(), clock).run();
    }

    @Override
    public PurgeSchedule schedule() {
        return settings.purge();
    }

    @Override
    public void runPass() {
        purgeDue();
    }

    private Optional<Outcome> erase(CaseId id, ErasureReason reason, String requestedBy, boolean onlyIfDue,
                                    boolean evenWithoutCase) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Erasure> earlier = store.erasure(id);
            if (earlier.isPresent()) {
                return Optional.of(new Outcome(earlier.get(), false));
            }
            Instant now = clock.instant();
            Optional<StoredCase> stored = store.find(id);
            if (stored.isEmpty()) {
                if (!evenWithoutCase) {
                    return Optional.empty();
                }
                Erasure none = new Erasure(null, id, now, reason, requestedBy);
                if (store.keepErasedBeforeOpening(none)) {
                    return Optional.of(new Outcome(none, true));
                }
                continue; // a case was opened (or erased) meanwhile: erase that
            }
            if (onlyIfDue && !settings.policy().due(stored.get().interviewCase(), now)) {
                return Optional.empty(); // recorded on since it was found due: its clock started again
            }
            var erasure = new Erasure(UUID.randomUUID(), id, now, reason, requestedBy);
            if (store.erase(erasure, stored.get().version(),
                    contract.erasureEntry(stored.get().interviewCase(), erasure))) {
                publication.eventsStored();
                Counter.builder("lantern.return.interview.cases.erased")
                        .description("Return-interview cases erased: retention, wrongly recorded, episode erased")
                        .tag("reason", reason.name()).register(meters).increment();
                return Optional.of(new Outcome(erasure, true));
            }
        }
        throw new VersionConflict("case " + id, store.find(id).map(StoredCase::version).orElse(-1L));
    }
}
