package uk.lantern.missingepisode.episode.domain;

public enum EpisodeStatus {
    /** Reported and not yet returned or found. */
    MISSING,
    /** Returned or found; the episode is still open until closed. */
    RETURNED,
    CLOSED
}
