package org.csirtbot.sandbox.web;

import java.util.concurrent.atomic.AtomicLong;

/** Slack's time stamps in the payloads it sends: Unix seconds, and {@code 1700000000.000123} ts strictly increasing. */
final class SlackClock {

    private static final AtomicLong LAST_TS_MICROS = new AtomicLong();

    private SlackClock() {
    }

    static long epochSeconds() {
        return System.currentTimeMillis() / 1000;
    }

    static String nextTs() {
        long now = System.currentTimeMillis() * 1000;
        long micros = LAST_TS_MICROS.accumulateAndGet(now, (last, n) -> Math.max(last + 1, n));
        return String.format("%d.%06d", micros / 1_000_000, micros % 1_000_000);
    }
}
