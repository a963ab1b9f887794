package org.csirtbot.incident;

/**
 * An incident's severity was raised (made more severe) and logged ({@link LogKind#SEVERITY_CHANGED}). Published by
 * {@link SeverityChanges} once per change, whatever raised it ({@code /incident severity}, a playbook decision, …), so
 * that whoever must hear of it hears of it once.
 *
 * @param incident the incident as the change left it
 * @param from     the severity it had
 * @param entry    the change's log entry: who raised it ({@code actor}) and why ({@code data.reason})
 */
public record SeverityRaised(Incident incident, Severity from, LogEntry entry) {

    /** Raised to S1 or S2: the approvers and executives must hear of it. */
    public boolean toUrgent() {
        return incident.severity().ordinal() <= Severity.S2.ordinal();
    }

    public String by() {
        return entry.actor();
    }

    public String reason() {
        return String.valueOf(entry.data().get("reason"));
    }
}
