package uk.lantern.missingepisode.episode.domain;

import java.time.Instant;

public record Closure(Instant closedAt, Professional closedBy) {
}
