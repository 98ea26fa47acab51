package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A rolling window of calendar days in England (Europe/London), not a multiple of 24 hours: 90 days back from 10:00
 * on 1 June is 10:00 on 3 March, whichever side of the clock change each falls. A window of 24-hour days would end an
 * hour out across the change in March or October, and an episode at the edge would fall on the wrong side.
 */
public record CalendarWindow(Period length, ZoneId zone) {

    public CalendarWindow {
        Objects.requireNonNull(length, "length");
        Objects.requireNonNull(zone, "zone");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a window must be longer than nothing: " + length);
        }
    }

    /** The same local time, {@code length} later: when something at {@code t} leaves the window. */
    public Instant after(Instant t) {
        return t.atZone(zone).plus(length).toInstant();
    }

    /** The same local time, {@code length} earlier: the window at {@code t} is {@code (before(t), t]}. */
    public Instant before(Instant t) {
        return t.atZone(zone).minus(length).toInstant();
    }
}
