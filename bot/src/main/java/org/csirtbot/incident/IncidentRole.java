package org.csirtbot.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles people hold on one incident. Commander, deputy, scribe and comms are each held by one person, so
 * giving one to someone else hands it over; liaison and approver may be held by several.
 */
public enum IncidentRole {
    COMMANDER, DEPUTY, SCRIBE, COMMS,
    /** Liaison with outside organisations. */
    LIAISON,
    APPROVER;

    /** The role's name in commands and in storage: {@code commander}, {@code deputy}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether one person at a time holds it (giving it to another is a handover). */
    public boolean heldByOne() {
        return this != LIAISON && this != APPROVER;
    }

    public static Optional<IncidentRole> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
