package uk.lantern.missingepisode.episode.domain;

import java.util.UUID;

public record EpisodeId(String value) {

    public EpisodeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("episode id is blank");
        }
    }

    public static EpisodeId random() {
        return new EpisodeId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
