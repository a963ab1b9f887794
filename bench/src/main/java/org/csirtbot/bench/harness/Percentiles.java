package org.csirtbot.bench.harness;

import java.util.Arrays;
import java.util.List;

/**
 * Latency percentiles by the nearest-rank method (the smallest sample at or above the share asked for), in
 * milliseconds.
 */
public record Percentiles(int count, double p50, double p95, double p99, double max) {

    public static Percentiles ofNanos(long[] nanos) {
        if (nanos.length == 0) {
            return new Percentiles(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return new Percentiles(sorted.length, millis(rank(sorted, 0.50)), millis(rank(sorted, 0.95)),
                millis(rank(sorted, 0.99)), millis(sorted[sorted.length - 1]));
    }

    private static long rank(long[] sorted, double share) {
        int index = (int) Math.ceil(share * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }

    /** The middle one of the tries (the lower middle of an even number). */
    public static double median(List<Double> ms) {
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length == 0 ? Double.NaN : sorted[(sorted.length - 1) / 2];
    }
}
