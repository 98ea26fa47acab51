package uk.lantern.schemas.missingepisode;

import java.time.Instant;

/**
 * Schema: {@code schemas/missing-episode/episode-erased.v1.json}. The episode is gone from the service; readers
 * forget it. No personal data: the envelope's subject is empty; the message key is the episode's usual key.
 */
public record EpisodeErased(String episodeId, Instant erasedAt, Reason reason) implements MissingEpisodeEvent {

    public enum Reason { RETENTION, WRONGLY_RECORDED }
}
