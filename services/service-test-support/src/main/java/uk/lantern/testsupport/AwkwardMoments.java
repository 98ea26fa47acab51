package uk.lantern.testsupport;

import java.time.Instant;
import java.util.List;

/**
 * Instants at which a "today" computed in the wrong zone, or from the wrong instant, gives the wrong day. Tests that
 * involve dates run at these, on a {@link MutableClock}, rather than at whatever the time happens to be.
 */
public final class AwkwardMoments {

    /** 00:30 on 15 July in London (summer time), still 14 July in UTC: a date taken in UTC is a day early. */
    public static final Instant JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER = Instant.parse("2026-07-14T23:30:00Z");

    /** 00:30 UTC on 15 July, 01:30 in London: an hour earlier is 14 July in UTC but still 15 July in London. */
    public static final Instant JUST_AFTER_MIDNIGHT_UTC_IN_SUMMER = Instant.parse("2026-07-15T00:30:00Z");

    /** 00:19 on 23 November in UTC and in London (the time CI failed): an hour earlier was yesterday everywhere. */
    public static final Instant JUST_AFTER_MIDNIGHT_IN_WINTER = Instant.parse("2026-11-23T00:19:00Z");

    /** Every awkward moment, for parameterised tests. */
    public static List<Instant> all() {
        return List.of(JUST_AFTER_MIDNIGHT_IN_LONDON_IN_SUMMER, JUST_AFTER_MIDNIGHT_UTC_IN_SUMMER,
                JUST_AFTER_MIDNIGHT_IN_WINTER);
    }

    private AwkwardMoments() {
    }
}
