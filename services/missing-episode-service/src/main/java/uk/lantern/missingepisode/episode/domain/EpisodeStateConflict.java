package uk.lantern.missingepisode.episode.domain;

/** A command the episode cannot take in its current state, e.g. closing an episode whose child is still missing. */
public class EpisodeStateConflict extends RuntimeException {

    public EpisodeStateConflict(String reason) {
        super(reason);
    }
}
