package uk.lantern.missingepisode.retention.domain;

import java.time.Instant;
import java.util.UUID;
import uk.lantern.missingepisode.episode.domain.EpisodeId;

/**
 * An episode erased: what its tombstone keeps (ids and times, nothing of the child) and the event that tells readers
 * to forget it. {@code erasedBy} is the person who asked (null for the retention purge).
 */
public record Erasure(UUID eventId, EpisodeId episodeId, Instant erasedAt, ErasureReason reason, String erasedBy) {
}
