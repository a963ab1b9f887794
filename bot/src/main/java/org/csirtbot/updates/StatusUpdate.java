package org.csirtbot.updates;

import java.time.Instant;

/**
 * A status update as the log holds it: who gave it and when, what the form said, and when the next one is promised
 * (null when none was).
 */
public record StatusUpdate(long seq, String by, Instant at, String status, String impact, String actions, String next,
                           String needs, Instant nextUpdateAt) {
}
