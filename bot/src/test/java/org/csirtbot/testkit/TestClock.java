package org.csirtbot.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The clock of the shared test bot: the system's (UTC, in milliseconds, as the application's own), unless a test
 * sets it to the moments of a script, so that what the bot stores and shows at each step is known. Signed requests
 * are signed by it too, so the bot's signature check agrees. {@link TestBot.FreshSlack} puts it back before each test.
 */
public final class TestClock extends Clock {

    private static final Clock SYSTEM = Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    private static final TestClock SHARED = new TestClock();

    private volatile Instant setTo;

    private TestClock() {
    }

    /** The one clock of the shared bot (and of {@link SignedSlackRequests}). */
    public static TestClock shared() {
        return SHARED;
    }

    /** From now on the bot's time is {@code at}, and stays there until set again. */
    public void set(Instant at) {
        setTo = at;
    }

    /** Back to the system's time. */
    public void release() {
        setTo = null;
    }

    @Override
    public Instant instant() {
        Instant at = setTo;
        return at != null ? at : SYSTEM.instant();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** This clock's time, seen in another zone (as {@code LocalDate.now(clock.withZone(…))} asks). */
    @Override
    public Clock withZone(ZoneId zone) {
        TestClock time = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return time.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return time.withZone(other);
            }
        };
    }
}
