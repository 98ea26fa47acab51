package uk.lantern.schemas.missingepisode;

import java.time.Instant;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/missing-episode/episode-closed.v1.json}. */
public record EpisodeClosed(String episodeId, Instant closedAt, Professional closedBy) implements MissingEpisodeEvent {
}
