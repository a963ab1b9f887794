package org.csirtbot.bench.footprint;

import java.util.List;

import org.csirtbot.bench.harness.Percentiles;

/** What the footprint benchmark measured, one row per flag set: each start's figures and the short wave's. */
public record FootprintResult(FootprintSettings settings, List<Row> rows) {

    static final double READY_SECONDS = 5;
    static final long REST_MB = 384;
    static final long WAVE_MB = 512;

    /**
     * One flag set: ready (s) and resident memory at rest (MiB) of each start, the peak under the short wave (MiB),
     * the wave's ack p99 (ms) and how many of its reports were answered with their ID, all starts together.
     */
    public record Row(List<String> flags, List<Double> readySeconds, List<Long> restMb, List<Long> waveMb,
                      Percentiles acks, int named, int sent) {

        double ready() {
            return Percentiles.median(readySeconds);
        }

        long rest() {
            return (long) Percentiles.median(restMb.stream().map(Long::doubleValue).toList());
        }

        long wave() {
            return waveMb.stream().mapToLong(Long::longValue).max().orElse(-1);
        }

        public boolean met() {
            return ready() < READY_SECONDS && rest() < REST_MB && wave() < WAVE_MB && named == sent;
        }
    }
}
