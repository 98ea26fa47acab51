package uk.lantern.correlation.stream;

import java.time.Duration;
import java.util.Objects;

import uk.lantern.correlation.analyst.AnalystFeed;
import uk.lantern.correlation.identity.MatchSettings;
import uk.lantern.correlation.patterns.PatternSettings;
import uk.lantern.correlation.profile.ProfileSettings;

/**
 * Everything the topology is configured with.
 *
 * @param matching         identity-resolution thresholds and weights
 * @param patterns         the pattern rules' thresholds
 * @param analystKey       the HMAC key of the analyst feed's pseudonyms (at least 32 bytes)
 * @param clockTick        how often the wall clock wakes the time rules (a deadline fires within one tick)
 * @param persistentStores RocksDB stores (production) or in-memory stores (tests, benchmarks)
 * @param profileMaxBytes  the largest profile published (JSON bytes); the profiles topic and the producer take this
 *                         much. A larger one is not published and goes to the dead-letter topic with its size
 * @param analystFeedV1    whether the analyst feed is also published as v1 (lantern.analyst-feed.v1) beside v2:
 *                         until the cut-over stated in analyst-event.v2.json
 * @param analystTimePrecision the span the analyst feed's times are cut down to (1h by default; see AnalystFeed)
 * @param profile          the profile's episode windows and the MACE score's weights
 * @param catchUpBehind    source facts read one after another this far behind the wall clock are a backlog (a
 *                         migration, the days after an outage): the rules run on them once it is read ({@link CatchUp})
 */
public record CorrelationSettings(MatchSettings matching, PatternSettings patterns, byte[] analystKey,
                                  Duration clockTick, boolean persistentStores, int profileMaxBytes,
                                  boolean analystFeedV1, Duration analystTimePrecision, ProfileSettings profile,
                                  Duration catchUpBehind) {

    /** An hour: facts are minutes old when they arrive live, and a migration or an outage's backlog is far older. */
    public static final Duration DEFAULT_CATCH_UP_BEHIND = Duration.ofHours(1);

    /**
     * 8 MiB: a profile grows by 0.2 to 0.5 KB per missing episode (PROFILE.md), so this is over 16,000 episodes, more
     * than a child has days of childhood. Kafka's default of 1 MB is passed at about 2,000.
     */
    public static final int DEFAULT_PROFILE_MAX_BYTES = 8 * 1024 * 1024;

    /** Room for the record batch around the largest profile, on the topic and in a produce request. */
    static final int BATCH_OVERHEAD_BYTES = 64 * 1024;

    public CorrelationSettings {
        Objects.requireNonNull(matching, "matching");
        Objects.requireNonNull(patterns, "patterns");
        Objects.requireNonNull(analystKey, "analystKey");
        Objects.requireNonNull(clockTick, "clockTick");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(catchUpBehind, "catchUpBehind");
        AnalystFeed.checkTimePrecision(analystTimePrecision);
        if (profileMaxBytes < 1) {
            throw new IllegalArgumentException("profileMaxBytes must be positive: " + profileMaxBytes);
        }
    }

    public CorrelationSettings(MatchSettings matching, PatternSettings patterns, byte[] analystKey,
                               Duration clockTick, boolean persistentStores) {
        this(matching, patterns, analystKey, clockTick, persistentStores, DEFAULT_PROFILE_MAX_BYTES);
    }

    /** With the analyst feed's v1 published beside v2, as until the cut-over. */
    public CorrelationSettings(MatchSettings matching, PatternSettings patterns, byte[] analystKey,
                               Duration clockTick, boolean persistentStores, int profileMaxBytes) {
        this(matching, patterns, analystKey, clockTick, persistentStores, profileMaxBytes, true);
    }

    /** With the analyst feed's times to the hour. */
    public CorrelationSettings(MatchSettings matching, PatternSettings patterns, byte[] analystKey,
                               Duration clockTick, boolean persistentStores, int profileMaxBytes,
                               boolean analystFeedV1) {
        this(matching, patterns, analystKey, clockTick, persistentStores, profileMaxBytes, analystFeedV1,
                AnalystFeed.DEFAULT_TIME_PRECISION);
    }

    /** With the profile's default windows and MACE weights. */
    public CorrelationSettings(MatchSettings matching, PatternSettings patterns, byte[] analystKey,
                               Duration clockTick, boolean persistentStores, int profileMaxBytes,
                               boolean analystFeedV1, Duration analystTimePrecision) {
        this(matching, patterns, analystKey, clockTick, persistentStores, profileMaxBytes, analystFeedV1,
                analystTimePrecision, ProfileSettings.defaults());
    }

    /** With backlogs told apart at {@link #DEFAULT_CATCH_UP_BEHIND}. */
    public CorrelationSettings(MatchSettings matching, PatternSettings patterns, byte[] analystKey,
                               Duration clockTick, boolean persistentStores, int profileMaxBytes,
                               boolean analystFeedV1, Duration analystTimePrecision, ProfileSettings profile) {
        this(matching, patterns, analystKey, clockTick, persistentStores, profileMaxBytes, analystFeedV1,
                analystTimePrecision, profile, DEFAULT_CATCH_UP_BEHIND);
    }

    /** No message for this long (ten ticks) means the stage has read all there is: it is live again. */
    Duration catchUpIdle() {
        return clockTick.multipliedBy(10);
    }

    /** What the profiles topic ({@code max.message.bytes}) and the producer ({@code max.request.size}) must take. */
    public static int largestMessageBytes(int profileMaxBytes) {
        return Math.max(1024 * 1024, profileMaxBytes + BATCH_OVERHEAD_BYTES);
    }
}
