package uk.lantern.missingepisode.episode.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What happened to an episode. Each event has its own id, fixed when it is decided and kept when it is re-sent. */
public sealed interface EpisodeEvent {

    UUID eventId();

    EpisodeId episodeId();

    /** When it happened in the world, as recorded (not when Lantern accepted it). */
    Instant occurredAt();

    record EpisodeReported(UUID eventId, EpisodeId episodeId, Instant occurredAt, Episode episode) implements EpisodeEvent {
    }

    record RiskRegraded(UUID eventId, EpisodeId episodeId, Instant occurredAt, RiskRegrade regrade) implements EpisodeEvent {
    }

    record ChildReturned(UUID eventId, EpisodeId episodeId, Instant occurredAt, Return details,
                         EpisodeContext context) implements EpisodeEvent {
    }

    record EpisodeClosed(UUID eventId, EpisodeId episodeId, Instant occurredAt, Closure closure) implements EpisodeEvent {
    }

    /** Senior managers must be told now; the child is tracked until {@link ChildReturned}. */
    record NeedToKnowRaised(UUID eventId, EpisodeId episodeId, Instant occurredAt, List<NeedToKnow.Reason> reasons,
                            EpisodeContext context, RiskGrade riskGrade, Instant lastSeenAt) implements EpisodeEvent {
    }
}
