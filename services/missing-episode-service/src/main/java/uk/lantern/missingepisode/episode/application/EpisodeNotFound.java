package uk.lantern.missingepisode.episode.application;

import uk.lantern.missingepisode.episode.domain.EpisodeId;

public class EpisodeNotFound extends RuntimeException {

    public EpisodeNotFound(EpisodeId id) {
        super("no episode " + id);
    }
}
