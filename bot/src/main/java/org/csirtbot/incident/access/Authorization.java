package org.csirtbot.incident.access;

import static org.csirtbot.incident.IncidentRole.APPROVER;
import static org.csirtbot.incident.access.CsirtAction.ADD_NOTE;
import static org.csirtbot.incident.access.CsirtAction.APPROVE;
import static org.csirtbot.incident.access.CsirtAction.ASSIGN_ROLE;
import static org.csirtbot.incident.access.CsirtAction.CHANGE_SEVERITY;
import static org.csirtbot.incident.access.CsirtAction.CHANGE_STATUS;
import static org.csirtbot.incident.access.CsirtAction.CLOSE;
import static org.csirtbot.incident.access.CsirtAction.DECIDE;
import static org.csirtbot.incident.access.CsirtAction.DECLARE;
import static org.csirtbot.incident.access.CsirtAction.LEGAL_HOLD;
import static org.csirtbot.incident.access.CsirtAction.READ_INCIDENT;
import static org.csirtbot.incident.access.CsirtAction.REPORT;
import static org.csirtbot.incident.access.CsirtAction.RUN_PLAYBOOK;
import static org.csirtbot.incident.access.CsirtAction.TRIAGE;
import static org.csirtbot.incident.access.CsirtAction.WORK_PLAYBOOK;
import static org.csirtbot.incident.access.CsirtAction.POST_UPDATE;
import static org.csirtbot.incident.access.CsirtAction.DRAFT_COMMS;
import static org.csirtbot.incident.access.CsirtAction.APPROVE_COMMS;
import static org.csirtbot.incident.access.CsirtAction.CLASSIFY;
import static org.csirtbot.incident.access.CsirtAction.LIAISE;
import static org.csirtbot.incident.access.CsirtAction.TRACK_INDICATORS;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.IncidentStatus;

/**
 * Who may do what: the authorization matrix of csirtbot, pure and stateless.
 *
 * <table>
 * <caption>Who may, and on which incidents</caption>
 * <tr><th>action</th><th>who</th><th>incident</th></tr>
 * <tr><td>REPORT</td><td>anyone</td><td>plays no part</td></tr>
 * <tr><td>TRIAGE</td><td>responders; attaching to a restricted incident: only its room</td><td>none (open, dismiss)
 *     or one not closed (attach)</td></tr>
 * <tr><td>DECLARE</td><td>responders</td><td>plays no part</td></tr>
 * <tr><td>CHANGE_SEVERITY, CHANGE_STATUS, ASSIGN_ROLE, DECIDE, CLOSE</td><td>its commander or deputy</td>
 *     <td>not closed</td></tr>
 * <tr><td>ADD_NOTE</td><td>responders, its commander, deputy or scribe</td><td>not closed</td></tr>
 * <tr><td>APPROVE</td><td>its approvers; a decision that needs an executive: executives only; never the
 *     proposer</td><td>not closed</td></tr>
 * <tr><td>READ_INCIDENT</td><td>confidential or TLP AMBER+STRICT/RED: its room members, commander or deputy;
 *     otherwise also any responder</td><td>any, closed too</td></tr>
 * <tr><td>LEGAL_HOLD</td><td>responders, its commander or deputy; of a restricted incident: only its room</td>
 *     <td>any, closed too (a hold matters most after closing, until the retention period would purge it)</td></tr>
 * <tr><td>RUN_PLAYBOOK</td><td>its commander or deputy</td><td>not closed</td></tr>
 * <tr><td>POST_UPDATE, DRAFT_COMMS</td><td>its commander, deputy or comms</td><td>not closed</td></tr>
 * <tr><td>APPROVE_COMMS</td><td>its approvers, commander or deputy (never the version's drafter: the comms feature
 *     checks)</td><td>not closed</td></tr>
 * <tr><td>CLASSIFY</td><td>its commander or deputy</td><td>not closed</td></tr>
 * <tr><td>TRACK_INDICATORS</td><td>responders; of a restricted incident: only its room</td><td>none, or not
 *     closed</td></tr>
 * <tr><td>LIAISE</td><td>responders, its commander, deputy or liaison; of a restricted incident: only its room</td>
 *     <td>any, closed too (outside organisations answer after closing)</td></tr>
 * <tr><td>WORK_PLAYBOOK</td><td>responders, and anyone holding a role on it (the playbook then checks the step's
 *     role); on a restricted incident: only its room</td><td>not closed</td></tr>
 * </table>
 *
 * <p>Restricted: confidential or TLP AMBER+STRICT/RED; "only its room": its members and role holders (invited).
 *
 * <p>The incident's commander is whoever {@link Incident#commanderId()} names, or holds
 * {@link IncidentRole#COMMANDER} in {@link Actor#roles()}; the other roles come from the actor.
 *
 * <p>An action that needs an incident and is given none is refused {@link Refusal#NO_INCIDENT}; where the incident
 * plays no part, one given is ignored. Otherwise who the actor is is checked before whether the incident is
 * closed, so someone who may never do a thing is told so rather than that the incident is closed.
 *
 * <p>{@link #decide} with {@link CsirtAction#APPROVE} answers whether the actor approves decisions on the
 * incident at all (an approver or an executive); {@link #approve} answers for one decision.
 */
public final class Authorization {

    private static final Map<CsirtAction, Rule> RULES = new EnumMap<>(Map.ofEntries(
            Map.entry(REPORT,          new Rule(IncidentScope.IGNORED,     WhoMay::anyone)),
            Map.entry(TRIAGE,          new Rule(IncidentScope.OPEN_IF_ANY, WhoMay::triager)),
            Map.entry(DECLARE,         new Rule(IncidentScope.IGNORED,     WhoMay::responder)),
            Map.entry(CHANGE_SEVERITY, new Rule(IncidentScope.OPEN,        WhoMay::commanderOrDeputy)),
            Map.entry(CHANGE_STATUS,   new Rule(IncidentScope.OPEN,        WhoMay::commanderOrDeputy)),
            Map.entry(ASSIGN_ROLE,     new Rule(IncidentScope.OPEN,        WhoMay::commanderOrDeputy)),
            Map.entry(ADD_NOTE,        new Rule(IncidentScope.OPEN,        WhoMay::noteTaker)),
            Map.entry(DECIDE,          new Rule(IncidentScope.OPEN,        WhoMay::commanderOrDeputy)),
            Map.entry(APPROVE,         new Rule(IncidentScope.OPEN,        WhoMay::approverOrExecutive)),
            Map.entry(CLOSE,           new Rule(IncidentScope.OPEN,        WhoMay::commanderOrDeputy)),
            Map.entry(READ_INCIDENT,   new Rule(IncidentScope.ANY,         WhoMay::reader)),
            Map.entry(LEGAL_HOLD,      new Rule(IncidentScope.ANY,         WhoMay::holdKeeper)),
            Map.entry(RUN_PLAYBOOK,    new Rule(IncidentScope.OPEN,        WhoMay::commanderOrDeputy)),
            Map.entry(WORK_PLAYBOOK,   new Rule(IncidentScope.OPEN,        WhoMay::stepWorker)),
            Map.entry(POST_UPDATE,     new Rule(IncidentScope.OPEN,        WhoMay::spokesperson)),
            Map.entry(DRAFT_COMMS,     new Rule(IncidentScope.OPEN,        WhoMay::spokesperson)),
            Map.entry(APPROVE_COMMS,   new Rule(IncidentScope.OPEN,        WhoMay::commsApprover)),
            Map.entry(CLASSIFY,        new Rule(IncidentScope.OPEN,        WhoMay::commanderOrDeputy)),
            Map.entry(TRACK_INDICATORS, new Rule(IncidentScope.OPEN_IF_ANY, WhoMay::triager)),
            Map.entry(LIAISE,          new Rule(IncidentScope.ANY,         WhoMay::liaison))));

    static {
        if (RULES.size() != CsirtAction.values().length) {
            throw new IllegalStateException("every action needs a rule");
        }
    }

    /** May {@code actor} do {@code action} on {@code incidentOrNull} (null when no incident is at hand)? */
    public Decision decide(Actor actor, CsirtAction action, Incident incidentOrNull) {
        Objects.requireNonNull(actor, "actor");
        Rule rule = RULES.get(Objects.requireNonNull(action, "action"));
        Incident incident = rule.scope() == IncidentScope.IGNORED ? null : incidentOrNull;
        if (incident == null && rule.scope().needsIncident()) {
            return Decision.refused(Refusal.NO_INCIDENT);
        }
        Refusal who = rule.who().refusal(actor, incident);
        if (who != null) {
            return Decision.refused(who);
        }
        return closedFor(rule.scope(), incident) ? Decision.refused(Refusal.INCIDENT_CLOSED) : Decision.ALLOWED;
    }

    /**
     * May {@code actor} approve the decision {@code proposedBy} proposed on {@code incident}? A decision that
     * needs an executive is approved by an executive, any other by the incident's approvers; never by its proposer.
     * In an exercise kept from the executives, its approvers play management and approve in their place.
     */
    public Decision approve(Actor actor, Incident incident, String proposedBy, boolean needsExecutive) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(incident, "incident");
        Objects.requireNonNull(proposedBy, "proposedBy");
        needsExecutive = needsExecutive && incident.reachesExecutives();
        if (needsExecutive ? !actor.executive() : !WhoMay.holds(actor, incident, APPROVER)) {
            return Decision.refused(needsExecutive ? Refusal.NOT_AN_EXECUTIVE : Refusal.NOT_AN_APPROVER);
        }
        if (actor.userId().equals(proposedBy)) {
            return Decision.refused(Refusal.OWN_PROPOSAL);
        }
        return closedFor(IncidentScope.OPEN, incident) ? Decision.refused(Refusal.INCIDENT_CLOSED) : Decision.ALLOWED;
    }

    private static boolean closedFor(IncidentScope scope, Incident incident) {
        return incident != null && scope.refusesClosed() && incident.status() == IncidentStatus.CLOSED;
    }

    @FunctionalInterface
    private interface Who {
        Refusal refusal(Actor actor, Incident incident);
    }

    private record Rule(IncidentScope scope, Who who) {
    }
}
