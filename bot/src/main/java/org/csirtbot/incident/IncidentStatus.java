package org.csirtbot.incident;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lifecycle phases of an incident, as responders know them from NIST SP 800-61r2 (withdrawn 2025-04-03); r3 keeps
 * no phases of its own but maps the work to CSF 2.0 Respond and Recover, which the post-incident report and the metrics
 * report by outcome ({@code metrics.CsfRollup}).
 */
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
