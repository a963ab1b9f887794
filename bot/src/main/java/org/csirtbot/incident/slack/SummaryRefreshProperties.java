package org.csirtbot.incident.slack;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How summaries follow an incident's changes.
 *
 * @param coalesce how long changes are gathered before the room's pinned summary, its topic and the executive
 *                 channel's summary are updated once for all of them: about the longest each is stale
 *                 ({@code CSIRTBOT_SUMMARY_COALESCE}, default 2 s)
 */
@ConfigurationProperties("csirtbot.summary")
record SummaryRefreshProperties(@DefaultValue("PT2S") Duration coalesce) {
}
