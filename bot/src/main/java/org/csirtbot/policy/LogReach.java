package org.csirtbot.policy;

import java.time.Instant;

/**
 * How far back a log source reaches today ({@code reachesBack}: now minus its retention) against how far back an
 * incident needs it ({@code needed}: its earliest known time minus the look-back); too short when the logs of the
 * needed time are already deleted: what is left must be preserved now, before more of it goes.
 */
public record LogReach(LogSource source, Instant reachesBack, Instant needed) {

    /** Whether the source no longer reaches the time the incident needs. */
    public boolean tooShort() {
        return reachesBack.isAfter(needed);
    }
}
