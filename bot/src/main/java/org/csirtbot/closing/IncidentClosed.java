package org.csirtbot.closing;

import org.csirtbot.incident.Incident;

/**
 * An incident was closed and its room told so: the report posted (or left for the next archive check) and the summary
 * showing it closed. What follows a closing, such as thanking the reporters, may start. Listeners must be idempotent.
 */
public record IncidentClosed(Incident incident) {
}
