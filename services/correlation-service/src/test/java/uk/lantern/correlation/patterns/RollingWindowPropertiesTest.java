package uk.lantern.correlation.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

/**
 * The window's points found by binary search against their plain definition (every point with
 * {@code t - window < at <= t}), over many generated cases (seeded, so a failure repeats): runs, their evidence and
 * the next change must not depend on how the points are found.
 */
class RollingWindowPropertiesTest {

    private static final Instant ORIGIN = Instant.parse("2026-01-01T00:00:00Z");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private final Random random = new Random(20261122);

    @Test
    void the_points_in_a_window_are_exactly_those_of_its_plain_definition() {
        for (int c = 0; c < 5_000; c++) {
            var sorted = points(random.nextInt(40));
            sorted.sort(Comparator.comparing(RollingWindow.Point::at).thenComparing(RollingWindow.Point::eventId));
            var window = new CalendarWindow(Period.ofDays(1 + random.nextInt(120)), LONDON);
            // often exactly at a point or a point plus the window: the bounds are (t - window, t]
            var t = sorted.isEmpty() || random.nextBoolean() ? ORIGIN.plus(Duration.ofHours(random.nextInt(400 * 24)))
                    : random.nextBoolean() ? window.after(sorted.get(random.nextInt(sorted.size())).at())
                    : sorted.get(random.nextInt(sorted.size())).at();
            var from = t.atZone(LONDON).minus(window.length()).toInstant();
            assertThat(RollingWindow.inWindow(sorted, window, t)).as("case %d", c)
                    .isEqualTo(sorted.stream().filter(p -> p.at().isAfter(from) && !p.at().isAfter(t)).toList());
        }
    }

    @Test
    void a_long_history_gives_the_run_and_evidence_the_window_of_its_start_holds() {
        // a child missing every 20 days for four years: one run of "3 in 90 days" from the third episode on
        var points = new ArrayList<RollingWindow.Point>();
        for (int i = 0; i < 73; i++) {
            points.add(new RollingWindow.Point(ORIGIN.plus(Duration.ofDays(20L * i)), "e" + i, "child"));
        }
        Predicate<List<RollingWindow.Point>> threeInWindow = inWindow -> inWindow.size() >= 3;
        var result = RollingWindow.at(points, new CalendarWindow(Period.ofDays(90), LONDON), threeInWindow,
                ORIGIN.plus(Duration.ofDays(1460)));
        assertThat(result.run()).isPresent();
        assertThat(result.run().get().start()).isEqualTo(ORIGIN.plus(Duration.ofDays(40)));
        assertThat(result.run().get().atStart()).extracting(RollingWindow.Point::eventId).containsExactly("e0", "e1",
                "e2");
    }

    private List<RollingWindow.Point> points(int n) {
        var out = new ArrayList<RollingWindow.Point>();
        for (int i = 0; i < n; i++) {
            // whole days, so that several points share an instant
            out.add(new RollingWindow.Point(ORIGIN.plus(Duration.ofDays(random.nextInt(400))), "e" + i,
                    "g" + random.nextInt(3)));
        }
        return out;
    }
}
