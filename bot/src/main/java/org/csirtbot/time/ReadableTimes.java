package org.csirtbot.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Times as people read them in what is written for everyone alike (summaries, the digest, the post-incident report):
 * in the organisation's zone with its offset, {@code 2026-12-07 14:05 JST (+09:00)}. Messages to a person use Slack's
 * date formatting instead, so each reader sees their own zone; the log stays in UTC.
 *
 * @param timeZone the organisation's zone ({@code CSIRTBOT_TIME_ZONE}), such as {@code Asia/Tokyo}; unset: the system's
 */
@ConfigurationProperties("csirtbot")
public record ReadableTimes(ZoneId timeZone) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm zzz '('xxx')'",
            Locale.ROOT);

    public ReadableTimes {
        timeZone = timeZone == null ? ZoneId.systemDefault() : timeZone;
    }

    /** {@code 2026-12-07 14:05 JST (+09:00)}; a dash for no time. */
    public String format(Instant at) {
        return at == null ? "—" : FORMAT.format(at.atZone(timeZone));
    }

    /**
     * The time in Slack's date formatting, so each reader sees it in their own zone, with the organisation's time as
     * the fallback for clients that cannot.
     */
    public String slack(Instant at) {
        return at == null ? "—" : "<!date^" + at.getEpochSecond() + "^{date_short_pretty} {time}|" + format(at) + ">";
    }
}
