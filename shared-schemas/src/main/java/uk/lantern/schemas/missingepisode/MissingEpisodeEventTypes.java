package uk.lantern.schemas.missingepisode;

import java.util.List;
import uk.lantern.schemas.EventType;

/** Every event type on the missing-episodes topic, at every schema version still published or readable. */
public final class MissingEpisodeEventTypes {

    private static final String SCHEMAS = "schemas/missing-episode/";

    public static final EventType<EpisodeReported> EPISODE_REPORTED =
            new EventType<>("EpisodeReported", 1, EpisodeReported.class, SCHEMAS + "episode-reported.v1.json");
    /** Published from missing-episode-service 0.3: without the reason (free text, kept encrypted with the episode). */
    public static final EventType<RiskRegraded> RISK_REGRADED =
            new EventType<>("RiskRegraded", 2, RiskRegraded.class, SCHEMAS + "risk-regraded.v2.json");
    /** Published before 0.3, with the reason; still on the topic, so still read. */
    public static final EventType<RiskRegraded> RISK_REGRADED_V1 =
            new EventType<>("RiskRegraded", 1, RiskRegraded.class, SCHEMAS + "risk-regraded.v1.json");
    public static final EventType<ChildReturned> CHILD_RETURNED =
            new EventType<>("ChildReturned", 1, ChildReturned.class, SCHEMAS + "child-returned.v1.json");
    public static final EventType<EpisodeClosed> EPISODE_CLOSED =
            new EventType<>("EpisodeClosed", 1, EpisodeClosed.class, SCHEMAS + "episode-closed.v1.json");
    public static final EventType<NeedToKnowRaised> NEED_TO_KNOW_RAISED =
            new EventType<>("NeedToKnowRaised", 1, NeedToKnowRaised.class, SCHEMAS + "need-to-know-raised.v1.json");

    public static final EventType<EpisodeErased> EPISODE_ERASED =
            new EventType<>("EpisodeErased", 1, EpisodeErased.class, SCHEMAS + "episode-erased.v1.json");

    public static final List<EventType<? extends MissingEpisodeEvent>> ALL =
            List.of(EPISODE_REPORTED, RISK_REGRADED, RISK_REGRADED_V1, CHILD_RETURNED, EPISODE_CLOSED, NEED_TO_KNOW_RAISED,
                    EPISODE_ERASED);

    private MissingEpisodeEventTypes() {
    }
}
