package org.csirtbot.policy;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The organisation policy.
 *
 * @param file     a YAML file ({@code CSIRTBOT_POLICY_FILE}) of decision authorities and log sources; its authorities
 *                 replace the built-in starter's with the same {@code id}, field by field, and add to them; read at
 *                 start, and a file with a problem stops the start with what to fix (unset: the starter alone, every
 *                 holder left to fill in, no log sources)
 * @param lookBack how long before an incident's earliest known time an attacker may already have been in (dwell time):
 *                 logs must reach back that far ({@code CSIRTBOT_POLICY_LOOK_BACK}, default 30 days)
 */
@ConfigurationProperties("csirtbot.policy")
public record PolicyProperties(Path file, @DefaultValue("30d") Duration lookBack) {
}
