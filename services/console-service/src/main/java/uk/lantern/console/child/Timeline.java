package uk.lantern.console.child;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The chronology drawn as a picture: a lane per source, months along the bottom, a mark per event. Plain maths, so
 * it is drawn on the server as SVG and tested without a browser. Marks closer than {@link #CROWDED} pixels in a lane
 * are set a little above and below one another, so that a burst of events (reported, returned, closed in a day) shows
 * as several marks rather than one.
 *
 * @param width  of the picture, in its own units (it scales to the page)
 * @param height of the picture: the lanes and the month labels
 */
public record Timeline(int width, int height, List<Row> rows, List<Tick> ticks, List<Mark> marks, int undated) {

    static final int WIDTH = 960;
    static final int LEFT = 190;
    static final int RIGHT = 20;
    static final int TOP = 12;
    static final int LANE = 56;
    static final int AXIS = 40;
    static final int CROWDED = 10;
    static final int STEP = 11;
    /** At most this many month labels; in a longer history every second (third...) month is labelled. */
    static final int MOST_LABELS = 12;

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

    /** A lane: its words and the middle of its band. */
    public record Row(Lane lane, String label, int y, int top, int events) {
    }

    /** The start of a month, labelled or not. */
    public record Tick(double x, String label) {
    }

    public record Mark(double x, double y, Lane lane, String title) {
    }

    static Timeline draw(List<TimelineEvent> events, Set<Lane> shown, ZoneId zone) {
        List<Lane> lanes = Lane.values().length == shown.size() ? List.of(Lane.values())
                : List.of(Lane.values()).stream().filter(shown::contains).toList();
        List<TimelineEvent> dated = events.stream().filter(e -> shown.contains(e.lane()) && e.at() != null)
                .sorted(Comparator.comparing(TimelineEvent::at)).toList();
        int undated = (int) events.stream().filter(e -> shown.contains(e.lane()) && e.at() == null).count();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lanes.size(); i++) {
            Lane lane = lanes.get(i);
            int top = TOP + i * LANE;
            rows.add(new Row(lane, lane.words(), top + LANE / 2, top,
                    (int) dated.stream().filter(e -> e.lane() == lane).count()));
        }
        int height = TOP + lanes.size() * LANE + AXIS;
        if (dated.isEmpty()) {
            return new Timeline(WIDTH, height, rows, List.of(), List.of(), undated);
        }
        YearMonth first = YearMonth.from(dated.get(0).at().atZone(zone));
        YearMonth last = YearMonth.from(dated.get(dated.size() - 1).at().atZone(zone));
        Instant start = first.atDay(1).atStartOfDay(zone).toInstant();
        Instant end = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        long months = first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
        long every = (months + MOST_LABELS - 1) / MOST_LABELS;

        List<Tick> ticks = new ArrayList<>();
        for (long m = 0; m <= months; m++) {
            YearMonth month = first.plusMonths(m);
            Instant at = month.atDay(1).atStartOfDay(zone).toInstant();
            boolean labelled = m < months && m % every == 0;
            ticks.add(new Tick(x(at, start, end), labelled ? month.format(MONTH) : null));
        }

        List<Mark> marks = new ArrayList<>();
        for (Row row : rows) {
            double clusterX = Double.NEGATIVE_INFINITY;
            int inCluster = 0;
            for (TimelineEvent event : dated) {
                if (event.lane() != row.lane()) {
                    continue;
                }
                double x = x(event.at(), start, end);
                if (x - clusterX < CROWDED) {
                    inCluster++;
                } else {
                    clusterX = x;
                    inCluster = 0;
                }
                marks.add(new Mark(x, row.y() + offset(inCluster), row.lane(), event.title()));
            }
        }
        return new Timeline(WIDTH, height, rows, ticks, marks, undated);
    }

    /** 0, above, below, further above, further below, then round again: a crowded lane stays inside its band. */
    static int offset(int inCluster) {
        int place = inCluster % 5;
        return place == 0 ? 0 : (place % 2 == 1 ? -1 : 1) * STEP * ((place + 1) / 2);
    }

    static double x(Instant at, Instant start, Instant end) {
        double span = Duration.between(start, end).toMillis();
        double into = Duration.between(start, at).toMillis();
        double x = LEFT + (WIDTH - LEFT - RIGHT) * (into / span);
        return Math.round(x * 10) / 10.0;
    }

    public int left() {
        return LEFT;
    }

    public int top() {
        return TOP;
    }

    public int axisY() {
        return TOP + rows.size() * LANE;
    }

    public int right() {
        return WIDTH - RIGHT;
    }

    public List<Tick> labelled() {
        return ticks.stream().filter(t -> Objects.nonNull(t.label())).toList();
    }
}
