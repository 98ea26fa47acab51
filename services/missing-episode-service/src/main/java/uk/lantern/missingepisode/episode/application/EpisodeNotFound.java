package uk.lantern.missingepisode.episode.application;

import uk.lantern.missingepisode.episode.domain.EpisodeId;
import uk.lantern.support.problems.NotFound;

public class EpisodeNotFound extends NotFound {

    public EpisodeNotFound(EpisodeId id) {
        super("episode " + id);
    }
}
