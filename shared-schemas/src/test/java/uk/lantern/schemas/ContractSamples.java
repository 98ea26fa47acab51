package uk.lantern.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import uk.lantern.schemas.missingepisode.ChildReturned;
import uk.lantern.schemas.missingepisode.EpisodeClosed;
import uk.lantern.schemas.missingepisode.EpisodeErased;
import uk.lantern.schemas.missingepisode.EpisodeContext;
import uk.lantern.schemas.missingepisode.EpisodeReported;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.missingepisode.NeedToKnowRaised;
import uk.lantern.schemas.missingepisode.RiskGrade;
import uk.lantern.schemas.missingepisode.RiskRegraded;

/** One valid example of every event type, as a producer would build it. */
final class ContractSamples {

    static final Instant T0 = Instant.parse("2026-11-20T18:30:00Z");
    static final Subject SUBJECT = new Subject("LA-000123", "9434765919", null, null, "Amelia", "Jones",
            LocalDate.of(2010, 4, 1), Subject.Sex.FEMALE, "PE1 2AB");
    static final Professional PC = new Professional("PC Sarah Patel", "Police officer", "Cambridgeshire Constabulary");
    static final EpisodeContext CARE = new EpisodeContext(EpisodeContext.Type.MISSING_FROM_CARE,
            EpisodeContext.PlacementType.CHILDRENS_HOME, "Peterborough", false);

    static List<Envelope<? extends MissingEpisodeEvent>> missingEpisodeEvents() {
        return List.of(
                envelope(MissingEpisodeEventTypes.EPISODE_REPORTED, new EpisodeReported("ep-1", CARE,
                        EpisodeReported.Category.MISSING, new EpisodeReported.LastSeen(T0, "Queensgate"),
                        T0.plusSeconds(3600), PC, "CC-1", RiskGrade.MEDIUM, false, true)),
                Envelope.of(MissingEpisodeEventTypes.EPISODE_REPORTED, UUID.randomUUID(), T0, T0.plusSeconds(60),
                        "missing-episode-service", new Subject("LA-000456", null, null, null, "Kai", "Jones",
                                LocalDate.of(2011, 6, 2), Subject.Sex.MALE, "PE1 2AB", Ethnicity.MWBC),
                        new EpisodeReported("ep-2", CARE, EpisodeReported.Category.AWAY_FROM_PLACEMENT_WITHOUT_AUTHORISATION,
                                new EpisodeReported.LastSeen(T0, null), T0.plusSeconds(600), PC, null, RiskGrade.LOW,
                                false, true, new AllocatedWorker("Jo Bright", "Children in Care 2"))),
                envelope(MissingEpisodeEventTypes.RISK_REGRADED, new RiskRegraded("ep-1", RiskGrade.MEDIUM,
                        RiskGrade.HIGH, T0.plusSeconds(7200), PC, null)),
                envelope(MissingEpisodeEventTypes.RISK_REGRADED_V1, new RiskRegraded("ep-1", RiskGrade.HIGH,
                        RiskGrade.MEDIUM, T0.plusSeconds(7300), PC, "Seen getting into a car")),
                envelope(MissingEpisodeEventTypes.NEED_TO_KNOW_RAISED, new NeedToKnowRaised("ep-1",
                        List.of(NeedToKnowRaised.Reason.LOOKED_AFTER), CARE, RiskGrade.MEDIUM, T0)),
                envelope(MissingEpisodeEventTypes.CHILD_RETURNED, new ChildReturned("ep-1", T0.plusSeconds(86400),
                        new ChildReturned.Location("Central Park", "PE1 4LZ", 52.58, -0.24),
                        List.of(new ChildReturned.Associate("Dean", "07700 900123", "AB12 CDE")),
                        ChildReturned.How.FOUND_BY_POLICE, PC, CARE)),
                envelope(MissingEpisodeEventTypes.EPISODE_CLOSED, new EpisodeClosed("ep-1", T0.plusSeconds(90000), PC)),
                Envelope.of(MissingEpisodeEventTypes.EPISODE_ERASED, UUID.randomUUID(), T0.plusSeconds(99000),
                        T0.plusSeconds(99000), "missing-episode-service", Subject.empty(),
                        new EpisodeErased("ep-1", T0.plusSeconds(99000), EpisodeErased.Reason.RETENTION)));
    }

    private static <D extends MissingEpisodeEvent> Envelope<D> envelope(EventType<D> type, D data) {
        return Envelope.of(type, UUID.randomUUID(), T0, T0.plusSeconds(60), "missing-episode-service", SUBJECT, data);
    }

    private ContractSamples() {
    }
}
