package uk.lantern.console.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The maths of a bar chart drawn as SVG on the server: a scale that starts at zero and ends at a round number at or
 * above the largest value (1, 2 or 5 times a power of ten), evenly spaced gridlines, and each bar's place, with its
 * number written above it. The table beside the chart carries the same numbers for anyone who cannot see it.
 */
public record BarChart(int width, int height, int left, int top, int bottom, long scaleMax, List<Tick> ticks,
                       List<Bar> bars) {

    /** A value to draw, with the label under its bar. */
    public record Value(String label, long value) {
    }

    /** A gridline: its value and height on the chart. */
    public record Tick(long value, double y) {
    }

    /** A bar as drawn: where and how big, where its label and its number go. */
    public record Bar(String label, long value, double x, double y, double barWidth, double barHeight, double centre,
                      double valueY) {
    }

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 48;
    static final int TOP = 24;
    static final int BOTTOM = 40;
    static final int GRIDLINES = 4;

    public static BarChart of(List<Value> values) {
        long max = values.stream().mapToLong(Value::value).max().orElse(0);
        long scaleMax = niceCeiling(Math.max(max, 1));
        long step = Math.max(1, scaleMax / GRIDLINES);
        int plotHeight = HEIGHT - TOP - BOTTOM;
        int plotWidth = WIDTH - LEFT - 8;
        List<Tick> ticks = new ArrayList<>();
        for (long v = 0; v <= scaleMax; v += step) {
            ticks.add(new Tick(v, y(v, scaleMax, plotHeight)));
        }
        List<Bar> bars = new ArrayList<>();
        int n = values.size();
        double slot = n == 0 ? plotWidth : (double) plotWidth / n;
        double barWidth = slot * 0.7;
        for (int i = 0; i < n; i++) {
            Value v = values.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double top = y(Math.max(0, v.value()), scaleMax, plotHeight);
            double barHeight = TOP + plotHeight - top;
            bars.add(new Bar(v.label(), v.value(), round(x), round(top), round(barWidth), round(barHeight),
                    round(x + barWidth / 2), round(top - 6)));
        }
        return new BarChart(WIDTH, HEIGHT, LEFT, TOP, TOP + plotHeight, scaleMax, List.copyOf(ticks), List.copyOf(bars));
    }

    /** The smallest of 1, 2, 5, 10, 20, 50, ... that is at least {@code value} (and at least 1). */
    static long niceCeiling(long value) {
        long power = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * power >= value) {
                    return m * power;
                }
            }
            power *= 10;
        }
    }

    private static double y(long value, long scaleMax, int plotHeight) {
        return round(TOP + plotHeight - (double) value / scaleMax * plotHeight);
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }

    /** Whether the labels under the bars need to be smaller (many bars). */
    public boolean crowded() {
        return bars.size() > 8;
    }
}
