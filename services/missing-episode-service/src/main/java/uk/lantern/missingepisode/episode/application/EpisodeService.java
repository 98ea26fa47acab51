package uk.lantern.missingepisode.episode.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import uk.lantern.missingepisode.episode.domain.Episode;
import uk.lantern.missingepisode.episode.domain.EpisodeCommand;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.missingepisode.episode.domain.EventIds;
import uk.lantern.missingepisode.episode.messaging.EpisodeEventContract;
import uk.lantern.support.idempotency.SubmissionClaims;
import uk.lantern.support.outbox.EventPublication;
import uk.lantern.support.problems.IdempotencyKeyReused;
import uk.lantern.support.problems.VersionConflict;

/**
 * The use cases of recorders and coordinators. A command is checked in full before anything is written; a change and
 * its events are then written in one atomic operation on the episode's document and published by the outbox relay.
 */
@Service
public class EpisodeService {

    private final EpisodeStore store;
    private final SubmissionClaims claims;
    private final EpisodeEventContract contract;
    private final EventPublication publication;
    private final EpisodeMetrics metrics;
    private final Clock clock;
    private final EventIds eventIds = EventIds.random();

    public EpisodeService(EpisodeStore store, SubmissionClaims claims, EpisodeEventContract contract, EventPublication publication,
                          EpisodeMetrics metrics, Clock clock) {
        this.store = store;
        this.claims = claims;
        this.contract = contract;
        this.publication = publication;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** The outcome of a report: the stored episode and whether this request created it or repeated an earlier one. */
    public record Reported(StoredEpisode stored, boolean created) {
    }

    /**
     * Records a new episode unless this is a repeat: the same police reference, or the same Idempotency-Key, as an
     * episode already recorded, which is then returned unchanged.
     */
    public Reported report(EpisodeCommand.ReportEpisode command, Optional<String> idempotencyKey, String fingerprint) {
        Instant now = clock.instant();
        EpisodeId id = EpisodeId.random();
        Episode.report(id, command, now, eventIds);

        boolean byPoliceReference = command.policeReference() != null && !command.policeReference().isBlank();
        if (byPoliceReference) {
            id = new EpisodeId(claims.claim("police:" + command.policeReference().trim(), id.value(), fingerprint).recordId());
        }
        if (idempotencyKey.isPresent()) {
            SubmissionClaims.Claim claim = claims.claim("request:" + idempotencyKey.get(), id.value(), fingerprint);
            if (!claim.fingerprint().equals(fingerprint)) {
                throw new IdempotencyKeyReused("this Idempotency-Key was used with a different request");
            }
            if (byPoliceReference && !claim.recordId().equals(id.value())) {
                throw new IdempotencyKeyReused("this Idempotency-Key was used for another episode");
            }
            id = new EpisodeId(claim.recordId());
        }
        Optional<StoredEpisode> earlier = store.find(id);
        if (earlier.isPresent()) {
            return new Reported(earlier.get(), false);
        }
        Episode.Change change = Episode.report(id, command, now, eventIds);
        if (!store.insert(change.episode(), contract.outboxEntries(change.episode(), change.events(), now),
                idempotencyKey.orElse(null), now)) {
            Optional<StoredEpisode> there = store.find(id);
            if (there.isEmpty() && store.erasure(id).isPresent()) {
                // The keys named an erased episode whose erasure stopped before it released them: finish it, and
                // record this report afresh.
                claims.releaseAll(id.value());
                return report(command, idempotencyKey, fingerprint);
            }
            return new Reported(there.orElseThrow(), false);
        }
        publication.eventsStored();
        metrics.episodeReported(change.episode());
        return new Reported(new StoredEpisode(change.episode(), 0, idempotencyKey.stream().toList()), true);
    }

    public StoredEpisode regradeRisk(EpisodeId id, EpisodeCommand.RegradeRisk command, Optional<Long> expectedVersion,
                                     Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, e -> e.regradeRisk(command, clock.instant(), eventIds));
    }

    public StoredEpisode recordReturn(EpisodeId id, EpisodeCommand.RecordReturn command, Optional<Long> expectedVersion,
                                      Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, e -> e.recordReturn(command, clock.instant(), eventIds));
    }

    public StoredEpisode close(EpisodeId id, EpisodeCommand.CloseEpisode command, Optional<Long> expectedVersion,
                               Optional<String> requestKey) {
        return change(id, expectedVersion, requestKey, e -> e.close(command, clock.instant(), eventIds));
    }

    public Optional<StoredEpisode> episode(EpisodeId id) {
        return store.find(id);
    }

    public List<Episode> childEpisodes(String identifierKind, String identifier) {
        return store.findByChild(identifierKind, identifier);
    }

    public List<Episode> openEpisodes(Optional<EpisodeContext.Type> context, boolean missingNowOnly,
                                      boolean needToKnowOnly, int page, int size) {
        return store.findOpen(context, missingNowOnly, needToKnowOnly, page, size);
    }

    private StoredEpisode change(EpisodeId id, Optional<Long> expectedVersion, Optional<String> requestKey,
                                 Function<Episode, Episode.Change> command) {
        StoredEpisode stored = store.find(id).orElseThrow(() -> new EpisodeNotFound(id));
        if (requestKey.isPresent() && stored.appliedRequestKeys().contains(requestKey.get())) {
            return stored;
        }
        if (expectedVersion.isPresent() && expectedVersion.get() != stored.version()) {
            throw new VersionConflict("episode " + id, stored.version());
        }
        Episode.Change change = command.apply(stored.episode());
        Instant now = clock.instant();
        if (!store.update(change.episode(), stored.version(),
                contract.outboxEntries(change.episode(), change.events(), now), requestKey.orElse(null), now)) {
            throw new VersionConflict("episode " + id, store.find(id).map(StoredEpisode::version).orElse(stored.version()));
        }
        publication.eventsStored();
        List<String> applied = new java.util.ArrayList<>(stored.appliedRequestKeys());
        requestKey.ifPresent(applied::add);
        return new StoredEpisode(change.episode(), stored.version() + 1, applied);
    }
}
