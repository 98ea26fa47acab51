package uk.lantern.correlation.patterns;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * A condition over the points that fall in a rolling window {@code (t - window, t]} of calendar days
 * ({@link CalendarWindow}): true or false at each instant
 * {@code t}, changing only when a point enters (its time) or leaves (its time plus the window). A maximal stretch
 * of time in which it holds is a <em>run</em>; one run is one alert, whose evidence is the points in the window when
 * the run began, so a run that goes on (more episodes, more children) never raises a second alert. The condition
 * must be monotone: adding points to a window never makes it false.
 */
final class RollingWindow {

    record Point(Instant at, String eventId, String group) {
    }

    record Run(Instant start, List<Point> atStart) {
    }

    /** A run from {@code start}, until {@code end} (empty: it still held at the instant asked about). */
    record Span(Instant start, Optional<Instant> end, List<Point> atStart) {
    }

    /** The run holding at {@code now}, if any, and the next instant after now at which the condition may change. */
    record Result(Optional<Run> run, Optional<Instant> nextChange) {
    }

    private RollingWindow() {
    }

    static Result at(Collection<Point> points, CalendarWindow window, Predicate<List<Point>> holds, Instant now) {
        var sorted = sorted(points);
        var changes = changes(sorted, window);
        var latest = changes.floor(now);
        if (latest == null || !holds.test(inWindow(sorted, window, latest))) {
            // the condition is monotone (more points never make it false), so only a point still to come can start it
            return new Result(Optional.empty(), sorted.stream().map(Point::at).filter(at -> at.isAfter(now)).findFirst());
        }
        var next = Optional.ofNullable(changes.higher(now));
        var start = latest;
        for (var earlier = changes.lower(start); earlier != null; earlier = changes.lower(earlier)) {
            if (!holds.test(inWindow(sorted, window, earlier))) {
                break;
            }
            start = earlier;
        }
        return new Result(Optional.of(new Run(start, inWindow(sorted, window, start))), next);
    }

    /** Every run that began at or before {@code until}, earliest first, walking the change points forward. */
    static List<Span> spans(Collection<Point> points, CalendarWindow window, Predicate<List<Point>> holds,
                            Instant until) {
        var sorted = sorted(points);
        var changes = changes(sorted, window);
        var spans = new ArrayList<Span>();
        Instant start = null;
        for (var change : changes.headSet(until, true)) {
            boolean now = holds.test(inWindow(sorted, window, change));
            if (now && start == null) {
                start = change;
            } else if (!now && start != null) {
                spans.add(new Span(start, Optional.of(change), inWindow(sorted, window, start)));
                start = null;
            }
        }
        if (start != null) {
            spans.add(new Span(start, Optional.empty(), inWindow(sorted, window, start)));
        }
        return spans;
    }

    private static List<Point> sorted(Collection<Point> points) {
        var sorted = new ArrayList<>(points);
        sorted.sort(Comparator.comparing(Point::at).thenComparing(Point::eventId));
        return sorted;
    }

    /** The instants at which the window's points change: each point's time, and its time plus the window. */
    private static TreeSet<Instant> changes(List<Point> sorted, CalendarWindow window) {
        var changes = new TreeSet<Instant>();
        for (var p : sorted) {
            changes.add(p.at());
            changes.add(window.after(p.at()));
        }
        return changes;
    }

    /**
     * The points in {@code (t - window, t]}, in order. Found by binary search in the sorted points: the run's start
     * is sought by walking back over change points, and a child who goes missing every few weeks for years has a
     * run as long, so a scan of every point at every step grew with the square of the child's history.
     */
    static List<Point> inWindow(List<Point> sorted, CalendarWindow window, Instant t) {
        return List.copyOf(sorted.subList(firstAfter(sorted, window.before(t)), firstAfter(sorted, t)));
    }

    /** The index of the first point later than {@code t} (the size when none is): the points are sorted by time. */
    private static int firstAfter(List<Point> sorted, Instant t) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).at().isAfter(t)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }
}
