package uk.lantern.correlation.stream;

import java.time.Duration;
import java.util.Objects;

import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;

/**
 * Everything the topology is configured with.
 *
 * @param matching         identity-resolution thresholds and weights
 * @param patterns         the pattern rules' thresholds
 * @param analystKey       the HMAC key of the analyst feed's pseudonyms (at least 32 bytes)
 * @param clockTick        how often the wall clock wakes the time rules (a deadline fires within one tick)
 * @param persistentStores RocksDB stores (production) or in-memory stores (tests, benchmarks)
 */
public record CorrelationSettings(MatchSettings matching, PatternSettings patterns, byte[] analystKey,
                                  Duration clockTick, boolean persistentStores) {

    public CorrelationSettings {
        Objects.requireNonNull(matching, "matching");
        Objects.requireNonNull(patterns, "patterns");
        Objects.requireNonNull(analystKey, "analystKey");
        Objects.requireNonNull(clockTick, "clockTick");
    }
}
