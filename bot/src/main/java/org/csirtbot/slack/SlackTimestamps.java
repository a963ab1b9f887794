package org.csirtbot.slack;

import java.time.Instant;

/** Slack's message timestamps ({@code "1599529504.000400"}: Unix seconds and microseconds) as instants. */
public final class SlackTimestamps {

    private SlackTimestamps() {
    }

    /** The instant a timestamp names, to the microsecond. */
    public static Instant toInstant(String ts) {
        int dot = ts.indexOf('.');
        long seconds = Long.parseLong(dot < 0 ? ts : ts.substring(0, dot));
        String fraction = dot < 0 ? "" : ts.substring(dot + 1);
        if (fraction.length() > 9 || !fraction.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("not a Slack timestamp: " + ts);
        }
        return Instant.ofEpochSecond(seconds, fraction.isEmpty() ? 0 : Long.parseLong((fraction + "000000000")
                .substring(0, 9)));
    }
}
