package org.csirtbot.partners;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Outside organisations: the organisation's own directory file and when the liaison is reminded of replies due.
 *
 * @param file          a YAML file of directory entries ({@code CSIRTBOT_PARTNERS_FILE}) that add to the built-in starter
 *                      list or override its entries by {@code id}, field by field; read at start, and a file with a
 *                      problem stops the start with what to fix (unset: the starter list alone)
 * @param remindAt      the time of day, in {@code CSIRTBOT_TIME_ZONE}, at which a request whose reply is due that day,
 *                      or overdue, is reminded of in its incident's room ({@code CSIRTBOT_PARTNERS_REMIND_AT}, default
 *                      09:00)
 * @param checkInterval how often requests are checked for a reply that is due ({@code CSIRTBOT_PARTNERS_CHECK_INTERVAL},
 *                      default a minute)
 */
@ConfigurationProperties("csirtbot.partners")
public record PartnersProperties(Path file, @DefaultValue("09:00") LocalTime remindAt,
                                 @DefaultValue("1m") Duration checkInterval) {
}
