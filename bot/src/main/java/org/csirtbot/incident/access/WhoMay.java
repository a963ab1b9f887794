package org.csirtbot.incident.access;

import static org.csirtbot.incident.IncidentRole.APPROVER;
import static org.csirtbot.incident.IncidentRole.COMMANDER;
import static org.csirtbot.incident.IncidentRole.COMMS;
import static org.csirtbot.incident.IncidentRole.DEPUTY;
import static org.csirtbot.incident.IncidentRole.LIAISON;
import static org.csirtbot.incident.IncidentRole.SCRIBE;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;

/**
 * Who may, for {@link Authorization}'s rules: null when the actor may, otherwise why not. The incident is null only
 * where the rule's scope allows it.
 */
final class WhoMay {

    private WhoMay() {
    }

    static Refusal anyone(Actor actor, Incident incident) { return null; }

    static Refusal responder(Actor actor, Incident incident) {
        return actor.responder() ? null : Refusal.NOT_A_RESPONDER;
    }

    static Refusal triager(Actor actor, Incident incident) {
        return actor.responder() ? onlyItsRoomIfRestricted(actor, incident) : Refusal.NOT_A_RESPONDER;
    }

    static Refusal commanderOrDeputy(Actor actor, Incident incident) {
        return commandsOrDeputises(actor, incident) ? null : Refusal.NOT_COMMANDER_OR_DEPUTY;
    }

    static Refusal spokesperson(Actor actor, Incident incident) {
        return commandsOrDeputises(actor, incident) || holds(actor, incident, COMMS) ? null : Refusal.NOT_COMMS;
    }

    static Refusal commsApprover(Actor actor, Incident incident) {
        return holds(actor, incident, APPROVER) || commandsOrDeputises(actor, incident) ? null : Refusal.NOT_AN_APPROVER;
    }

    static Refusal noteTaker(Actor actor, Incident incident) {
        return actor.responder() || commandsOrDeputises(actor, incident) || holds(actor, incident, SCRIBE)
                ? null : Refusal.NOT_A_RESPONDER;
    }

    static Refusal holdKeeper(Actor actor, Incident incident) {
        return actor.responder() || commandsOrDeputises(actor, incident) ? onlyItsRoomIfRestricted(actor, incident)
                : Refusal.NOT_A_RESPONDER;
    }

    static Refusal liaison(Actor actor, Incident incident) {
        return actor.responder() || commandsOrDeputises(actor, incident) || holds(actor, incident, LIAISON)
                ? onlyItsRoomIfRestricted(actor, incident) : Refusal.NOT_A_RESPONDER;
    }

    static Refusal stepWorker(Actor actor, Incident incident) {
        return actor.responder() || !actor.roles().isEmpty() || holds(actor, incident, COMMANDER)
                ? onlyItsRoomIfRestricted(actor, incident) : Refusal.NOT_A_RESPONDER;
    }

    /** A restricted incident is acted on only by its room: its members and whoever holds a role on it. */
    static Refusal onlyItsRoomIfRestricted(Actor actor, Incident incident) {
        return incident == null || !restricted(incident) || actor.roomMember() || !actor.roles().isEmpty()
                || holds(actor, incident, COMMANDER) ? null : Refusal.CONFIDENTIAL;
    }

    static boolean restricted(Incident incident) {
        return incident.confidential() || incident.tlp().restrictsRoom();
    }

    static Refusal approverOrExecutive(Actor actor, Incident incident) {
        return holds(actor, incident, APPROVER) || actor.executive() ? null : Refusal.NOT_AN_APPROVER;
    }

    static Refusal reader(Actor actor, Incident incident) {
        if (actor.roomMember() || commandsOrDeputises(actor, incident)) {
            return null;
        }
        if (restricted(incident)) {
            return Refusal.CONFIDENTIAL;
        }
        return actor.responder() ? null : Refusal.NOT_A_RESPONDER;
    }

    static boolean commandsOrDeputises(Actor actor, Incident incident) {
        return holds(actor, incident, COMMANDER) || holds(actor, incident, DEPUTY);
    }

    static boolean holds(Actor actor, Incident incident, IncidentRole role) {
        return actor.roles().contains(role)
                || role == COMMANDER && actor.userId().equals(incident.commanderId());
    }
}
