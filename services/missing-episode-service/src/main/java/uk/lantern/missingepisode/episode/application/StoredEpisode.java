package uk.lantern.missingepisode.episode.application;

import java.util.List;
import uk.lantern.missingepisode.episode.domain.Episode;

/** An episode as stored: its state, its version for optimistic locking, and the request keys already applied. */
public record StoredEpisode(Episode episode, long version, List<String> appliedRequestKeys) {

    public StoredEpisode {
        appliedRequestKeys = List.copyOf(appliedRequestKeys);
    }
}
