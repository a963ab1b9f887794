package org.csirtbot.incident;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of an incident's log: its sequence number, UTC time, who acted, what and with what data, and
 * its place in the log's hash chain: the hash of the entry before it and its own.
 */
public record LogEntry(String incidentId, long seq, Instant at, String actor, String kind, Map<String, Object> data,
        String prevHash, String hash) {
}
