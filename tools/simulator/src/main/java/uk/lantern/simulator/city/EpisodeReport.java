package uk.lantern.simulator.city;

import java.time.Instant;

/**
 * The missing report that opens an episode.
 *
 * @param allocatedWorker the child's social worker and team, which the reporter of a looked-after child or one on a
 *                        plan knows; null otherwise
 */
public record EpisodeReport(
        Subject subject,
        Context context,
        Category category,
        LastSeen lastSeen,
        Instant reportedAt,
        Professional reportedBy,
        String policeReference,
        RiskGrade riskGrade,
        boolean childProtectionPlan,
        boolean lookedAfter,
        AllocatedWorker allocatedWorker) {

    public EpisodeReport withPoliceReference(String reference) {
        return new EpisodeReport(subject, context, category, lastSeen, reportedAt, reportedBy, reference,
                riskGrade, childProtectionPlan, lookedAfter, allocatedWorker);
    }
}
