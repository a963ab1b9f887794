package org.csirtbot.closing;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How closed incidents' rooms are put away.
 *
 * @param archiveAfter         how long after closing an incident its room's channel is archived ({@code 0}: at the
 *                             next check); the room gets a short notice first
 * @param archiveCheckInterval how often closed incidents are checked for rooms due to be archived
 */
@ConfigurationProperties("csirtbot")
public record ClosingProperties(
        @DefaultValue("7d") Duration archiveAfter,
        @DefaultValue("5m") Duration archiveCheckInterval) {
}
