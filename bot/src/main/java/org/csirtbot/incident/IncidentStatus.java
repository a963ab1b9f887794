package org.csirtbot.incident;

/** The lifecycle phases of an incident (NIST SP 800-61). */
public enum IncidentStatus {
    TRIAGE, INVESTIGATING, CONTAINING, ERADICATING, RECOVERING, POST_INCIDENT, CLOSED;

    public String code() {
        return name().toLowerCase();
    }

    static IncidentStatus fromCode(String code) {
        return valueOf(code.toUpperCase());
    }
}
