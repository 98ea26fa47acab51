package uk.lantern.schemas.missingepisode;

import java.time.Instant;
import uk.lantern.schemas.Professional;

/** Schema: {@code schemas/missing-episode/episode-reported.v1.json}. */
public record EpisodeReported(
        String episodeId,
        EpisodeContext context,
        Category category,
        LastSeen lastSeen,
        Instant reportedAt,
        Professional reportedBy,
        String policeReference,
        RiskGrade riskGrade,
        boolean childProtectionPlan,
        boolean lookedAfter) implements MissingEpisodeEvent {

    /** The raw category as reported. */
    public enum Category { MISSING, AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION }

    public record LastSeen(Instant at, String place) {
    }
}
