package uk.lantern.missingepisode.episode.application;

import uk.lantern.missingepisode.episode.domain.EpisodeId;

/** The episode changed since the client read it (If-Match), or a concurrent update won the race. */
public class VersionConflict extends RuntimeException {

    private final long currentVersion;

    public VersionConflict(EpisodeId id, long currentVersion) {
        super("episode " + id + " was changed by someone else; it is now at version " + currentVersion
                + ": read it again and reapply your change");
        this.currentVersion = currentVersion;
    }

    public long currentVersion() {
        return currentVersion;
    }
}
