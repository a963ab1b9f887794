package org.csirtbot.incident;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles people hold on one incident. Commander, deputy, scribe and comms are each held by one person, so
 * giving one to someone else hands it over; liaison, approver, legal and privacy may be held by several. Approver
 * (management), legal and the privacy officer are distinct, so a playbook's approvals by each go to different people.
 */
public enum IncidentRole {
    COMMANDER, DEPUTY, SCRIBE, COMMS,
    /** Liaison with outside organisations. */
    LIAISON,
    /** Approves for management (a playbook's {@code mgmt}). */
    APPROVER,
    /** Legal counsel (a playbook's {@code legal}, who confirms the APPI decision and approves regulator notices). */
    LEGAL,
    /** The privacy officer / DPO (a playbook's {@code privacy}). */
    PRIVACY;

    /** The role's name in commands and in storage: {@code commander}, {@code deputy}, … */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether one person at a time holds it (giving it to another is a handover). */
    public boolean heldByOne() {
        return this != LIAISON && this != APPROVER && this != LEGAL && this != PRIVACY;
    }

    /** Whether holding it lets one approve (so nobody gives it to themselves). */
    public boolean approves() {
        return this == APPROVER || this == LEGAL;
    }

    public static Optional<IncidentRole> ofCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code().equals(code)).findFirst();
    }
}
