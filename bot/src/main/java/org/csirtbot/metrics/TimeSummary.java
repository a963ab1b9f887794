package org.csirtbot.metrics;

import java.time.Duration;
import java.util.Collection;
import java.util.Objects;

/**
 * One time over a set of incidents: how many have it ({@code n}), its median and its 90th percentile, in whole
 * seconds and as ISO-8601 durations (null when {@code n} is 0). Both are by the nearest-rank method: the value at
 * rank ⌈p/100 × n⌉ of the times sorted ascending, so each is a time one incident actually took, never an
 * interpolation (the median of 10, 20, 30, 40 is 20).
 */
public record TimeSummary(int n, Long medianSeconds, String median, Long p90Seconds, String p90) {

    static TimeSummary of(Collection<Duration> times) {
        long[] sorted = times.stream().filter(Objects::nonNull).mapToLong(Duration::getSeconds).sorted().toArray();
        if (sorted.length == 0) {
            return new TimeSummary(0, null, null, null, null);
        }
        long median = nearestRank(sorted, 50);
        long p90 = nearestRank(sorted, 90);
        return new TimeSummary(sorted.length, median, Duration.ofSeconds(median).toString(), p90,
                Duration.ofSeconds(p90).toString());
    }

    /** The {@code percent}th percentile of ascending {@code sorted} by nearest rank. */
    static long nearestRank(long[] sorted, int percent) {
        int rank = (percent * sorted.length + 99) / 100;
        return sorted[Math.max(rank, 1) - 1];
    }
}
