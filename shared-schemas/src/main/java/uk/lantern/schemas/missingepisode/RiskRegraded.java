package uk.lantern.schemas.missingepisode;

import java.time.Instant;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/missing-episode/risk-regraded.v1.json}. */
public record RiskRegraded(
        String episodeId,
        RiskGrade previousGrade,
        RiskGrade riskGrade,
        Instant regradedAt,
        Professional regradedBy,
        String reason) implements MissingEpisodeEvent {
}
