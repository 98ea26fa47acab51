package uk.lantern.schemas.missingepisode;

import java.time.Instant;
import java.util.List;

/** Schema: {@code schemas/missing-episode/need-to-know-raised.v1.json}. */
public record NeedToKnowRaised(
        String episodeId,
        List<Reason> reasons,
        EpisodeContext context,
        RiskGrade riskGrade,
        Instant lastSeenAt) implements MissingEpisodeEvent {

    public NeedToKnowRaised {
        reasons = List.copyOf(reasons);
    }

    public enum Reason { CHILD_PROTECTION_PLAN, LOOKED_AFTER, HIGH_RISK }
}
