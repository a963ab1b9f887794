package org.csirtbot.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * Failed authentications by remote address, for the minute each address's first failure opened: after
 * {@code csirtbot.api.auth-failures-per-minute} of them, the address is answered 429 until its minute is over, good
 * secret or not, so guessing a secret takes ages. The most recently failing {@value #ADDRESSES} addresses are kept.
 * Each failure is counted ({@code csirtbot_api_auth_failures_total{reason}}: missing, invalid, throttled), never with
 * the address.
 */
class AuthFailures {

    static final int ADDRESSES = 10_000;
    static final Duration WINDOW = Duration.ofMinutes(1);

    private record Window(Instant start, int failures) {
    }

    private final Map<String, Window> byAddress = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
            return size() > ADDRESSES;
        }
    };
    private final int perMinute;
    private final Clock clock;
    private final MeterRegistry meters;

    AuthFailures(int perMinute, Clock clock, MeterRegistry meters) {
        this.perMinute = perMinute;
        this.clock = clock;
        this.meters = meters;
    }

    /** How long {@code address} must wait before it may try again; empty when it may now. */
    synchronized Optional<Duration> waitFor(String address) {
        Window window = current(address);
        if (window == null || window.failures() < perMinute) {
            return Optional.empty();
        }
        count("throttled");
        return Optional.of(Duration.between(clock.instant(), window.start().plus(WINDOW)));
    }

    /** A failure from {@code address}: {@code reason} is {@code missing} (no bearer token) or {@code invalid}. */
    synchronized void failed(String address, String reason) {
        Window window = current(address);
        byAddress.put(address, window == null ? new Window(clock.instant(), 1)
                : new Window(window.start(), window.failures() + 1));
        count(reason);
    }

    private Window current(String address) {
        Window window = byAddress.get(address);
        if (window != null && !clock.instant().isBefore(window.start().plus(WINDOW))) {
            byAddress.remove(address);
            return null;
        }
        return window;
    }

    private void count(String reason) {
        meters.counter("csirtbot.api.auth.failures", "reason", reason).increment();
    }
}
