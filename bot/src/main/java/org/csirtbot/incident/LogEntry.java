package org.csirtbot.incident;

import java.time.Instant;
import java.util.Map;

/** One entry of an incident's log: its sequence number, UTC time, who acted, what and with what data. */
public record LogEntry(String incidentId, long seq, Instant at, String actor, String kind, Map<String, Object> data) {
}
