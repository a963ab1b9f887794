package org.csirtbot.sandbox.workspace;

import java.util.concurrent.atomic.AtomicLong;

/** Fresh Slack ids and message timestamps, unique within the JVM (so never repeated within a test run). */
public final class SlackIds {

    private static final AtomicLong IDS = new AtomicLong();
    private static final AtomicLong LAST_TS_MICROS = new AtomicLong();

    private SlackIds() {
    }

    /** A fresh id such as {@code C0K00000042}: prefix + "0K" + JVM-wide counter. */
    public static String nextId(String prefix) {
        return String.format("%s0K%08d", prefix, IDS.incrementAndGet());
    }

    /** A fresh message ts like {@code 1700000000.000123}: the current time in micros, strictly increasing JVM-wide. */
    public static String nextTs() {
        long now = System.currentTimeMillis() * 1000;
        long micros = LAST_TS_MICROS.accumulateAndGet(now, (last, n) -> Math.max(last + 1, n));
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }
}
