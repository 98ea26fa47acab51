package uk.lantern.missingepisode.episode.web;

import java.time.Instant;
import java.util.List;
import uk.lantern.missingepisode.episode.application.StoredEpisode;
import uk.lantern.missingepisode.episode.domain.AllocatedWorker;
import uk.lantern.missingepisode.episode.domain.Category;
import uk.lantern.missingepisode.episode.domain.Child;
import uk.lantern.missingepisode.episode.domain.Closure;
import uk.lantern.missingepisode.episode.domain.Episode;
import uk.lantern.missingepisode.episode.domain.EpisodeContext;
import uk.lantern.missingepisode.episode.domain.EpisodeStatus;
import uk.lantern.missingepisode.episode.domain.LastSeen;
import uk.lantern.missingepisode.episode.domain.Professional;
import uk.lantern.missingepisode.episode.domain.Return;
import uk.lantern.missingepisode.episode.domain.RiskGrade;
import uk.lantern.missingepisode.episode.domain.RiskRegrade;

/** An episode as coordinators read it. {@code version} is also sent as the ETag; send it back in If-Match. */
record EpisodeView(
        String id,
        Long version,
        EpisodeStatus status,
        Child subject,
        ContextView context,
        Category category,
        LastSeen lastSeen,
        Instant reportedAt,
        Professional reportedBy,
        String policeReference,
        RiskGrade riskGrade,
        List<RiskRegrade> riskHistory,
        boolean childProtectionPlan,
        boolean lookedAfter,
        AllocatedWorker allocatedWorker,
        boolean needToKnow,
        Return returnDetails,
        Closure closure) {

    record ContextView(EpisodeContext.Type type, EpisodeContext.PlacementType placementType, String placingAuthority,
                       Boolean outOfArea) {
    }

    static EpisodeView of(StoredEpisode stored) {
        return of(stored.episode(), stored.version());
    }

    static EpisodeView of(Episode e, Long version) {
        EpisodeContext.Placement p = e.context().placement();
        return new EpisodeView(e.id().value(), version, e.status(), e.child(),
                new ContextView(e.context().type(), p == null ? null : p.type(), p == null ? null : p.placingAuthority(),
                        p == null ? null : p.outOfArea()),
                e.category(), e.lastSeen(), e.reportedAt(), e.reportedBy(), e.policeReference(), e.riskGrade(),
                e.riskHistory(), e.childProtectionPlan(), e.lookedAfter(), e.allocatedWorker(), e.needToKnowRaised(),
                e.returnDetails(), e.closure());
    }
}
