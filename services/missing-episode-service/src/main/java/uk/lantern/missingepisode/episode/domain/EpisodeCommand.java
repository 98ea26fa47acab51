package uk.lantern.missingepisode.episode.domain;

import java.time.Instant;
import java.util.List;

/** What recorders ask of an episode. */
public sealed interface EpisodeCommand {

    record ReportEpisode(Child child, EpisodeContext context, Category category, LastSeen lastSeen, Instant reportedAt,
                         Professional reportedBy, String policeReference, RiskGrade riskGrade,
                         boolean childProtectionPlan, boolean lookedAfter, AllocatedWorker allocatedWorker)
            implements EpisodeCommand {
    }

    record RegradeRisk(RiskGrade riskGrade, Instant at, Professional by, String reason) implements EpisodeCommand {
    }

    record RecordReturn(Instant returnedAt, Return.FoundLocation location, List<Return.Associate> associates,
                        Return.How how, Professional recordedBy) implements EpisodeCommand {
    }

    record CloseEpisode(Instant closedAt, Professional closedBy) implements EpisodeCommand {
    }
}
