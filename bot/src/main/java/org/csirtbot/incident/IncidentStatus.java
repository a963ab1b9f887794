package org.csirtbot.incident;

import java.util.Arrays;
import java.util.Optional;

/** The lifecycle phases of an incident (NIST SP 800-61). */
public enum IncidentStatus {
    TRIAGE, INVESTIGATING, CONTAINING, ERADICATING, RECOVERING, POST_INCIDENT, CLOSED;

    public String code() {
        return name().toLowerCase();
    }

    static IncidentStatus fromCode(String code) {
        return valueOf(code.toUpperCase());
    }

    /** The phase named by its code ({@code post_incident}), if there is one. */
    public static Optional<IncidentStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
