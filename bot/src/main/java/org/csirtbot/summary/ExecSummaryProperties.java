package org.csirtbot.summary;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The executive channel's summaries ({@code CSIRTBOT_EXEC_CHANNEL}) and digest.
 *
 * @param digestAt   when the daily digest of open incidents is posted, in {@code CSIRTBOT_TIME_ZONE}
 *                   ({@code CSIRTBOT_EXEC_SUMMARY_DIGEST_AT}, default 09:00)
 * @param refreshAll how often every open incident's summary is checked anyway, for what changes with time alone, such
 *                   as an update falling due ({@code CSIRTBOT_EXEC_SUMMARY_REFRESH_ALL}, default 5 min)
 */
@ConfigurationProperties("csirtbot.exec-summary")
public record ExecSummaryProperties(@DefaultValue("09:00") LocalTime digestAt,
                                    @DefaultValue("PT5M") Duration refreshAll) {
}
