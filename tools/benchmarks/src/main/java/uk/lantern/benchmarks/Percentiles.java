package uk.lantern.benchmarks;

import java.util.Arrays;

/** Summary statistics of a sample, percentiles by the nearest-rank method. */
public final class Percentiles {
    private final long[] sorted;

    public Percentiles(long[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        this.sorted = values.clone();
        Arrays.sort(this.sorted);
    }

    /**
     * The nearest-rank percentile: the smallest value such that at least {@code p} % of the sample is at or below
     * it, i.e. the value at rank {@code ceil(p/100 * n)} (1-based). p = 100 is the maximum.
     */
    public long percentile(double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile must be in (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length - 1e-9);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double mean() {
        double sum = 0;
        for (long v : sorted) {
            sum += v;
        }
        return sum / sorted.length;
    }

    public long min() {
        return sorted[0];
    }

    public long max() {
        return sorted[sorted.length - 1];
    }

    public int count() {
        return sorted.length;
    }
}
