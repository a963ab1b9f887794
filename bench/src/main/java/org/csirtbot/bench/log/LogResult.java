package org.csirtbot.bench.log;

import java.util.List;

import org.csirtbot.bench.harness.Percentiles;

/**
 * What the log benchmark measured: the appends (all of them, and by each tenth of the log, to show how they grow),
 * the verification of the long log and the reads of the shorter one through the bot's API (each try, in ms), and the
 * sizes of what the API answered; in this process, the long log read and verified through the store alone (ms, in
 * turn), to tell the store's share of the verification from the bot's; and the size of the embedded store's file once
 * the appends were made (-1 on a separate MongoDB); and each "append unless already logged" to a log of 20 entries
 * beside the long ones (ms).
 */
public record LogResult(LogSettings settings, double appendSeconds, Percentiles appends, List<Stretch> stretches,
                        Percentiles readLogAppends, List<Double> verifyMs, boolean verifiedValid, long verifiedEntries,
                        List<Double> inProcessMs, List<Double> logMs, long logBytes, List<Double> reportMs,
                        long reportBytes, List<String> problems, long storeFileBytes, List<Double> onceMs) {

    static final double APPEND_P99_MS = 10;
    static final double VERIFY_MS = 2000;

    /** The appends that took the log from {@code from} to {@code to} entries. */
    record Stretch(int from, int to, Percentiles latency) {
    }

    public double appendsPerSecond() {
        return appends.count() / appendSeconds;
    }

    public boolean appendMet() {
        return appends.p99() < APPEND_P99_MS;
    }

    public boolean verifyMet() {
        return verifiedValid && verifiedEntries == settings.entries() && Percentiles.median(verifyMs) < VERIFY_MS;
    }

    static double worst(List<Double> ms) {
        return ms.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
}
