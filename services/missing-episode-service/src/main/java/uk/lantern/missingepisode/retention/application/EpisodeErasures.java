package uk.lantern.missingepisode.retention.application;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import uk.lantern.missingepisode.episode.application.EpisodeNotFound;
import uk.lantern.missingepisode.episode.application.EpisodeStore;
import uk.lantern.missingepisode.episode.application.StoredEpisode;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.missingepisode.episode.messaging.EpisodeEventContract;
import uk.lantern.missingepisode.retention.domain.Erasure;
import uk.lantern.missingepisode.retention.domain.ErasureReason;
import uk.lantern.missingepisode.retention.domain.RetentionPolicy;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.VersionConflict;

/**
 * Erases episodes: those whose retention period has passed (the purge), and one recorded against the wrong child or
 * that should never have been recorded (on request). Both take the same path: one single-document write turns the
 * episode into its tombstone and puts {@code EpisodeErased} in its outbox, so the erasure and the event telling
 * readers to forget it are stored together or not at all; then the submission claims naming the episode (its police
 * reference, Idempotency-Keys) are released. Erasing an episode already erased changes nothing and answers the
 * first erasure (releasing its claims again, in case the first stopped before that).
 */
@Service
public class EpisodeErasures {

    private static final Logger log = LoggerFactory.getLogger(EpisodeErasures.class);

    private final EpisodeStore store;
    private final SubmissionClaims claims;
    private final EpisodeEventContract contract;
    private final EventPublication publication;
    private final RetentionSettings settings;
    private final MeterRegistry meters;
    private final Clock clock;

    public EpisodeErasures(EpisodeStore store, SubmissionClaims claims, EpisodeEventContract contract,
                           EventPublication publication, RetentionSettings settings, MeterRegistry meters,
                           Clock clock) {
        this.store = store;
        this.claims = claims;
        this.contract = contract;
        this.publication = publication;
        this.settings = settings;
        this.meters = meters;
        this.clock = clock;
    }

    /** Erases the episode on request (a wrongly recorded child); the first erasure if it was erased already. */
    public Erasure eraseOnRequest(EpisodeId id, ErasureReason reason, String requestedBy) {
        return erase(id, reason, requestedBy, false).orElseThrow(() -> new EpisodeNotFound(id));
    }

    /**
     * Erases every episode due under the retention policy now, a batch at a time; returns how many it erased. A pass
     * stopped half-way (a crash, the store away) leaves each episode either erased with its event stored, or
     * untouched and still due: the next pass finishes the work.
     */
    public int purgeDue() {
        RetentionPolicy policy = settings.policy();
        int erased = 0;
        while (true) {
            Instant now = clock.instant();
            var due = store.dueForErasure(policy.cutoff(now), settings.purgeBatch());
            int before = erased;
            for (EpisodeId id : due) {
                // erased by this pass (the clock moves on while it runs), not found erased by an earlier one
                if (erase(id, ErasureReason.RETENTION, null, true).filter(e -> !e.erasedAt().isBefore(now)).isPresent()) {
                    erased++;
                }
            }
            if (due.size() < settings.purgeBatch() || erased == before) {
                break;
            }
        }
        if (erased > 0) {
            log.info("Retention: {} episodes erased (kept {} after closure)", erased, policy.episodes());
        }
        return erased;
    }

    private Optional<Erasure> erase(EpisodeId id, ErasureReason reason, String requestedBy, boolean onlyIfDue) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Erasure> earlier = store.erasure(id);
            if (earlier.isPresent()) {
                claims.releaseAll(id.value());
                return earlier;
            }
            Optional<StoredEpisode> stored = store.find(id);
            if (stored.isEmpty()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            if (onlyIfDue && !settings.policy().due(stored.get().episode(), now)) {
                return Optional.empty(); // recorded on since it was found due: its clock started again
            }
            var erasure = new Erasure(UUID.randomUUID(), id, now, reason, requestedBy);
            if (store.erase(erasure, stored.get().version(), contract.erasureEntry(stored.get().episode(), erasure))) {
                publication.eventsStored();
                claims.releaseAll(id.value());
                Counter.builder("lantern.episodes.erased").tag("reason", reason.name()).register(meters).increment();
                return Optional.of(erasure);
            }
        }
        throw new VersionConflict("episode " + id, store.find(id).map(StoredEpisode::version).orElse(-1L));
    }
}
