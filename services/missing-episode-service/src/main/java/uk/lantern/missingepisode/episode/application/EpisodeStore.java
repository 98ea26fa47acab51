package uk.lantern.missingepisode.episode.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import uk.lantern.missingepisode.episode.domain.Episode;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeId;
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

    /** Open episodes by context, for the metrics. */
    java.util.Map<EpisodeContext.Type, Long> countOpenByContext();
}
