package uk.lantern.missingepisode.episode.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.lantern.missingepisode.episode.domain.Episode;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.missingepisode.retention.domain.Erasure;
import uk.lantern.support.outbox.OutboxEntry;

/** Where episodes and their unpublished events are kept. One episode is one document: writes to it are atomic. */
public interface EpisodeStore {

    /** Stores a new episode with its events; false if an episode with this id already exists. */
    boolean insert(Episode episode, List<OutboxEntry> events, String requestKey, Instant now);

    /** Replaces the state if still at {@code expectedVersion} and appends the events; false if it was not. */
    boolean update(Episode episode, long expectedVersion, List<OutboxEntry> events, String requestKey, Instant now);

    Optional<StoredEpisode> find(EpisodeId id);

    /** A child's episodes, newest first, by any identifier kind ("la", "nhs", "upn", "police") and value. */
    List<Episode> findByChild(String identifierKind, String identifier);

    List<Episode> findOpen(Optional<EpisodeContext.Type> context, boolean missingNowOnly, boolean needToKnowOnly,
                           int page, int size);

    /**
     * Replaces the episode, if still at {@code expectedVersion}, by its tombstone (ids, erasure time and reason, who
     * asked) whose outbox holds only the erasure event: events not yet sent are dropped, never published. False if
     * the episode changed meanwhile.
     */
    boolean erase(Erasure erasure, long expectedVersion, OutboxEntry erased);

    /** The erasure of an episode already erased (its tombstone), if it was. */
    Optional<Erasure> erasure(EpisodeId id);

    /**
     * Ids of episodes whose retention clock started at or before {@code cutoff}, in id order after {@code after} (from
     * the first if empty), at most {@code limit}: the retention purge's candidates, a page at a time.
     */
    List<EpisodeId> dueForErasure(Instant cutoff, Optional<EpisodeId> after, int limit);

    /** Open episodes by context, for the metrics. */
    java.util.Map<EpisodeContext.Type, Long> countOpenByContext();
}
