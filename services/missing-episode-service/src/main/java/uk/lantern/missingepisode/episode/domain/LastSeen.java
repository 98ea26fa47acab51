package uk.lantern.missingepisode.episode.domain;

import java.time.Instant;

public record LastSeen(Instant at, String place) {
}
