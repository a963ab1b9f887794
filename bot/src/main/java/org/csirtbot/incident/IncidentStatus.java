package org.csirtbot.incident;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lifecycle phases of an incident. NIST SP 800-61r3 (April 2025) is the reference: it maps incident response to the
 * CSF 2.0 functions (Detect, Respond, Recover), which the post-incident report and the metrics report by outcome
 * ({@code metrics.CsfRollup}), and names no phases of its own; the phases are kept as responders know them (from r2,
 * withdrawn 2025-04-03), each mapping to r3's CSF outcomes: triage to RS.MA, investigating to RS.AN, containing
 * and eradicating to RS.MI, recovering to RC.RP, post-incident to ID.IM.
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
