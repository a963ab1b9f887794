package org.csirtbot.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock in a zone far from UTC, at an instant with nanoseconds, that moves one second each time it is
 * read; so a test sees whether times are stored as UTC instants, at what precision, and in order.
 */
final class TestClock extends Clock {

    static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");
    static final Instant START = Instant.parse("2025-03-14T09:26:53.589793238Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);

    void set(Instant instant) {
        now.set(instant);
    }

    @Override
    public Instant instant() {
        return now.getAndUpdate(current -> current.plus(Duration.ofSeconds(1)));
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the storage tests use one zone");
    }
}
