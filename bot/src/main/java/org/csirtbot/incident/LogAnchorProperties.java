package org.csirtbot.incident;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the head of each incident's log (its entry count and last hash) is published besides the room's pinned
 * summary, so that a log cut short or rewritten and re-hashed in the database shows in {@code /log/verify}.
 *
 * @param logAnchorFile an append-only file that gets one JSON line per log entry written ({@code incidentId},
 *                      {@code entries}, {@code headHash}, {@code at}); keep it where the database's administrator
 *                      cannot rewrite it (another host or volume, a write-once mount, a log collector). Unset: no
 *                      file, and {@code /log/verify} checks the chain alone ({@code CSIRTBOT_LOG_ANCHOR_FILE})
 */
@ConfigurationProperties("csirtbot")
public record LogAnchorProperties(Path logAnchorFile) {
}
