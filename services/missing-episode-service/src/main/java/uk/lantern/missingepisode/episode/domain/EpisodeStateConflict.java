package uk.lantern.missingepisode.episode.domain;

import uk.lantern.support.problems.StateConflict;

/** A command the episode cannot take in its current state, e.g. closing an episode whose child is still missing. */
public class EpisodeStateConflict extends StateConflict {

    public EpisodeStateConflict(String reason) {
        super(reason);
    }
}
