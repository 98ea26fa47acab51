package uk.lantern.missingepisode.retention.domain;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import uk.lantern.missingepisode.episode.domain.Episode;

/**
 * When an episode's retention period has passed. The clock starts at the closure; an episode returned but never closed
 * starts it at the return (nothing more will be recorded on it); an episode whose child is still missing is never due.
 * Due means at or after the start plus the period, counted in calendar years and days (UTC), so the edge is exact.
 */
public record RetentionPolicy(Period episodes) {

    public RetentionPolicy {
        if (episodes == null || episodes.isNegative() || episodes.isZero()) {
            throw new IllegalArgumentException("a retention period must be positive: " + episodes);
        }
    }

    /** Episodes whose clock started at or before this instant are due now. */
    public Instant cutoff(Instant now) {
        return now.atZone(ZoneOffset.UTC).minus(episodes).toInstant();
    }

    public static Optional<Instant> clockStartsAt(Episode episode) {
        if (episode.closure() != null) {
            return Optional.of(episode.closure().closedAt());
        }
        if (episode.returnDetails() != null) {
            return Optional.of(episode.returnDetails().returnedAt());
        }
        return Optional.empty();
    }

    public boolean due(Episode episode, Instant now) {
        return clockStartsAt(episode).map(start -> !start.isAfter(cutoff(now))).orElse(false);
    }
}
