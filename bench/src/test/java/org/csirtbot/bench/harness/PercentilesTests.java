package org.csirtbot.bench.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles, in milliseconds. */
class PercentilesTests {

    @Test
    void theSmallestSampleAtOrAboveTheShare() {
        long[] nanos = LongStream.rangeClosed(1, 1000).map(ms -> ms * 1_000_000).toArray();

        Percentiles p = Percentiles.ofNanos(nanos);

        assertThat(p.count()).isEqualTo(1000);
        assertThat(p.p50()).isEqualTo(500.0);
        assertThat(p.p95()).isEqualTo(950.0);
        assertThat(p.p99()).isEqualTo(990.0);
        assertThat(p.max()).isEqualTo(1000.0);
        assertThat(Percentiles.ofNanos(new long[] {7_000_000}).p99()).isEqualTo(7.0);
        assertThat(Percentiles.ofNanos(new long[0]).count()).isZero();
    }
}
