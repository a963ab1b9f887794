package org.csirtbot.incident;

/**
 * An incident's severity changed, raised or lowered, and was logged ({@link LogKind#SEVERITY_CHANGED}). Published by
 * {@link SeverityChanges} once per change, whoever made it, so that what follows the severity (playbook runs) follows.
 *
 * @param incident the incident as the change left it
 * @param from     the severity it had
 */
public record IncidentSeverityChanged(Incident incident, Severity from) {
}
