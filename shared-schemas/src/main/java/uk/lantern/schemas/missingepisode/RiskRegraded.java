package uk.lantern.schemas.missingepisode;

import java.time.Instant;
import uk.lantern.schemas.Professional;

/**
 * Schemas: {@code schemas/missing-episode/risk-regraded.v2.json} (published) and {@code .v1.json} (still readable).
 * {@code reason} is on v1 messages only: the service keeps it, encrypted, with the episode; null on v2.
 */
public record RiskRegraded(
        String episodeId,
        RiskGrade previousGrade,
        RiskGrade riskGrade,
        Instant regradedAt,
        Professional regradedBy,
        String reason) implements MissingEpisodeEvent {
}
