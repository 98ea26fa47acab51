package uk.lantern.schemas;

import java.util.List;
import uk.lantern.schemas.cmeregister.CmeRegisterEvent;
import uk.lantern.schemas.cmeregister.CmeRegisterTopics;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskEvent;
import uk.lantern.schemas.exploitationrisk.ExploitationRiskTopics;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;
import uk.lantern.schemas.returninterview.ReturnInterviewEvent;
import uk.lantern.schemas.returninterview.ReturnInterviewTopics;

/** The registry of Lantern's topics. The AsyncAPI document {@code asyncapi.yaml} describes the same topics. */
public final class Topics {

    public static final Topic<MissingEpisodeEvent> MISSING_EPISODES = new Topic<>(
            "lantern.missing-episodes.v1",
            "missing-episode-service",
            "The child's strongest identifier as the source knows it at report time (Subject.partitionKey), "
                    + "else \"episode:\" + episode id; every event of one episode carries the same key.",
            MissingEpisodeEvent.class,
            MissingEpisodeEventTypes.ALL);

    public static final Topic<ReturnInterviewEvent> RETURN_INTERVIEWS = ReturnInterviewTopics.RETURN_INTERVIEWS;

    public static final Topic<CmeRegisterEvent> CME_REGISTER = CmeRegisterTopics.CME_REGISTER;

    public static final Topic<ExploitationRiskEvent> EXPLOITATION_RISK = ExploitationRiskTopics.EXPLOITATION_RISK;

    private Topics() {
    }

    public static List<Topic<?>> all() {
        return List.of(MISSING_EPISODES, RETURN_INTERVIEWS, CME_REGISTER, EXPLOITATION_RISK);
    }
}
