package org.csirtbot.playbook;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.ResponderDirectory;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.policy.OrganisationPolicy;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.model.RoleDef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Who holds a playbook's roles on an incident. A role mapped to an incident role ({@code incident_role}) is held by
 * whoever holds that role (the commander, the approvers, …); a role mapped to none (the CSIRT's on-call handlers, its
 * point of contact) is held by every CSIRT responder. The incident commander may work any step (the engine's rule).
 */
@Component
public class PlaybookRoles {

    private final ObjectProvider<ResponderDirectory> responders;
    private final OrganisationPolicy policy;

    PlaybookRoles(ObjectProvider<ResponderDirectory> responders, OrganisationPolicy policy) {
        this.responders = responders;
        this.policy = policy;
    }

    /**
     * The person as the engine sees them: their incident roles, and the playbook roles they hold, including those the
     * organisation policy names them (by user ID, as holder or deputy) for, so a decision {@code requires_role: mgmt}
     * may be taken by the policy's management holders even when nobody gave them a role on the incident.
     */
    public Actor actor(Incident incident, Playbook playbook, String userId) {
        Set<String> roles = new LinkedHashSet<>();
        incident.rolesOf(userId).forEach(role -> roles.add(role.code()));
        if (isResponder(userId)) {
            playbook.roles().forEach((key, def) -> {
                if (def.incidentRole() == null && !approves(playbook, key)) {
                    roles.add(key);
                }
            });
        }
        playbook.roles().keySet().stream().filter(key -> policy.holds(userId, key)).forEach(roles::add);
        return new Actor(userId, roles);
    }

    /** Who holds the role's incident role; empty for a role the responders hold, or when nobody holds it yet. */
    public List<String> holders(Incident incident, Playbook playbook, String role) {
        RoleDef def = role == null ? null : playbook.roles().get(role);
        return def == null || def.incidentRole() == null ? List.of()
                : IncidentRole.ofCode(def.incidentRole()).map(incident::holders).orElse(List.of());
    }

    /** The people to tell about a step of {@code role}: its {@link #holders}, else the commander, who may work any step. */
    public List<String> toTell(Incident incident, Playbook playbook, String role) {
        List<String> holders = holders(incident, playbook, role);
        return holders.isEmpty() ? incident.holders(IncidentRole.COMMANDER) : holders;
    }

    /** Whether the role is held through an incident role (so a person is asked, not the whole team). */
    public boolean mapped(Playbook playbook, String role) {
        RoleDef def = role == null ? null : playbook.roles().get(role);
        return def != null && def.incidentRole() != null;
    }

    private static boolean approves(Playbook playbook, String role) {
        return playbook.steps().anyMatch(step -> step.approval() != null && role.equals(step.approval().approver())
                || step.notification() != null && role.equals(step.notification().requiresApprovalBy()));
    }

    private boolean isResponder(String userId) {
        ResponderDirectory directory = responders.getIfAvailable();
        return directory != null && userId != null && directory.isResponder(userId);
    }
}
