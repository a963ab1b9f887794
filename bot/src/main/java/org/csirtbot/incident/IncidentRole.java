package org.csirtbot.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The roles people hold on one incident. */
public enum IncidentRole {
    COMMANDER, DEPUTY, SCRIBE, COMMS,
    /** Liaison with outside organisations. */
    LIAISON,
    APPROVER;

    /** The role's name in commands and in storage: {@code commander}, {@code deputy}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<IncidentRole> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
