package uk.lantern.simulator.city;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What a city is generated from.
 *
 * @param historyEnd the history is placed in the {@code historyDays} days before this instant
 */
public record CitySettings(long seed, int children, int historyDays, Instant historyEnd) {

    public CitySettings {
        if (children < 1) {
            throw new IllegalArgumentException("a city needs at least one child");
        }
        if (historyDays < 1) {
            throw new IllegalArgumentException("the history must cover at least one day");
        }
    }

    /** The start of today in the city: the same seed gives the same plan all day. */
    public static Instant startOfToday() {
        return LocalDate.now(City.ZONE).atStartOfDay(City.ZONE).toInstant();
    }
}
