package uk.lantern.schemas;

import java.util.List;
import uk.lantern.schemas.missingepisode.MissingEpisodeEvent;
import uk.lantern.schemas.missingepisode.MissingEpisodeEventTypes;

/** The registry of Lantern's topics. The AsyncAPI document {@code asyncapi.yaml} describes the same topics. */
public final class Topics {

    public static final Topic<MissingEpisodeEvent> MISSING_EPISODES = new Topic<>(
            "lantern.missing-episodes.v1",
            "missing-episode-service",
            "The child's strongest identifier as the source knows it at report time (Subject.partitionKey), "
                    + "else \"episode:\" + episode id; every event of one episode carries the same key.",
            MissingEpisodeEvent.class,
            MissingEpisodeEventTypes.ALL);

    private Topics() {
    }

    public static List<Topic<?>> all() {
        return List.of(MISSING_EPISODES);
    }
}
