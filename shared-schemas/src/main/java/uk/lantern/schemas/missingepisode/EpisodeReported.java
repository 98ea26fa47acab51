package uk.lantern.schemas.missingepisode;

import java.time.Instant;
import uk.lantern.schemas.AllocatedWorker;
import uk.lantern.schemas.Professional;

/**
 * Schema: {@code schemas/missing-episode/episode-reported.v1.json}. {@code allocatedWorker} is optional (added after the
 * first release): the child's social worker and team where the reporter knows them.
 */
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
        boolean lookedAfter,
        AllocatedWorker allocatedWorker) implements MissingEpisodeEvent {

    /** Without an allocated worker (as written before it was added). */
    public EpisodeReported(String episodeId, EpisodeContext context, Category category, LastSeen lastSeen,
                           Instant reportedAt, Professional reportedBy, String policeReference, RiskGrade riskGrade,
                           boolean childProtectionPlan, boolean lookedAfter) {
        this(episodeId, context, category, lastSeen, reportedAt, reportedBy, policeReference, riskGrade,
                childProtectionPlan, lookedAfter, null);
    }

    /** The raw category as reported. */
    public enum Category { MISSING, AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION }

    public record LastSeen(Instant at, String place) {
    }
}
