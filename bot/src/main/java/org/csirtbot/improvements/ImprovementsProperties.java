package org.csirtbot.improvements;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The improvement register.
 *
 * @param defaultDue    when an item recorded without {@code due YYYY-MM-DD} is due, from the day it is recorded
 *                      ({@code CSIRTBOT_IMPROVEMENTS_DEFAULT_DUE}, default 30 days)
 * @param remindAt      the time of day, in {@code CSIRTBOT_TIME_ZONE}, at which the owner of an item due that day (or
 *                      overdue and not yet reminded) is reminded by direct message ({@code CSIRTBOT_IMPROVEMENTS_REMIND_AT},
 *                      default 09:00)
 * @param checkInterval how often items are checked for falling due ({@code CSIRTBOT_IMPROVEMENTS_CHECK_INTERVAL},
 *                      default a minute)
 * @param retention     how long a done or dropped item is kept after it was settled, whatever became of its incident
 *                      ({@code CSIRTBOT_IMPROVEMENTS_RETENTION}, default 1095 days); open items are kept until settled
 */
@ConfigurationProperties("csirtbot.improvements")
public record ImprovementsProperties(@DefaultValue("30d") Duration defaultDue, @DefaultValue("09:00") LocalTime remindAt,
                                     @DefaultValue("1m") Duration checkInterval,
                                     @DefaultValue("1095d") Duration retention) {
}
