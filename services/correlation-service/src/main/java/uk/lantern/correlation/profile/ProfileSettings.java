package uk.lantern.correlation.profile;

import java.time.Period;
import java.util.Objects;

/**
 * The profile's local policy: the windows of its three episode counts and the MACE score's weights. Each window is
 * a number of calendar days in the pattern rules' zone ({@code CalendarWindow}): an episode leaves it at the same
 * London time that many days after it started. The defaults are the counts the profile is named for (30, 90 and 365
 * days) and {@link MaceScore#defaults()}. The MACE score counts episodes in {@code episodesLast90DaysWindow}.
 *
 * @param episodesLast30DaysWindow  the window counted in {@code episodesLast30Days}
 * @param episodesLast90DaysWindow  the window counted in {@code episodesLast90Days}, and by the MACE score
 * @param episodesLast365DaysWindow the window counted in {@code episodesLast365Days}
 * @param mace                      the MACE score's weights
 */
public record ProfileSettings(Period episodesLast30DaysWindow, Period episodesLast90DaysWindow,
                              Period episodesLast365DaysWindow, MaceScore mace) {

    public ProfileSettings {
        requirePositive(episodesLast30DaysWindow, "episodesLast30DaysWindow");
        requirePositive(episodesLast90DaysWindow, "episodesLast90DaysWindow");
        requirePositive(episodesLast365DaysWindow, "episodesLast365DaysWindow");
        Objects.requireNonNull(mace, "mace");
    }

    public static ProfileSettings defaults() {
        return new ProfileSettings(Period.ofDays(30), Period.ofDays(90), Period.ofDays(365), MaceScore.defaults());
    }

    public ProfileSettings withMace(MaceScore weights) {
        return new ProfileSettings(episodesLast30DaysWindow, episodesLast90DaysWindow, episodesLast365DaysWindow,
                weights);
    }

    private static void requirePositive(Period window, String name) {
        Objects.requireNonNull(window, name);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException(name + " must be longer than nothing: " + window);
        }
    }
}
