package org.csirtbot.decision.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.csirtbot.decision.IncidentDecision;
import org.csirtbot.decision.IncidentDecision.Approval;
import org.csirtbot.decision.IncidentDecisions;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.PostedMessage;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where a decision goes once recorded and once approved or rejected. The record is posted in the room; an approval
 * is asked, with Approve and Reject, of the person the proposer named, otherwise of every approver of the incident
 * (approver-level) or every executive (executive-level), by direct message, and for executive-level also in the
 * executive channel when one is configured and the incident is not confidential. Once decided, those requests lose
 * their buttons and show who decided; the room and the proposer are told. Failures are logged, never thrown: what
 * was recorded stays recorded, and the outbox sends what Slack did not take. Each time, the room's pinned summary
 * is refreshed, as it lists the latest decisions.
 */
@SlackComponent
class DecisionApprovals {

    private static final Logger log = LoggerFactory.getLogger(DecisionApprovals.class);

    private final SlackGateway slack;
    private final DecisionMessages messages;
    private final IncidentDecisions decisions;
    private final DirectMessages direct;
    private final SlackIncidentRooms rooms;
    private final UserLocales locales;
    private final List<String> executives;
    private final String execChannel;

    DecisionApprovals(SlackGateway slack, DecisionMessages messages, IncidentDecisions decisions,
                      DirectMessages direct, SlackIncidentRooms rooms, UserLocales locales,
                      CsirtbotProperties properties) {
        this.slack = slack;
        this.messages = messages;
        this.decisions = decisions;
        this.direct = direct;
        this.rooms = rooms;
        this.locales = locales;
        this.executives = List.copyOf(properties.executives());
        this.execChannel = properties.execChannel();
    }

    /** Whom the approval is asked of by direct message: never the proposer, who may not approve it. */
    List<String> recipients(Incident incident, Approval approval, String approverId, String proposer) {
        if (approval == Approval.NONE) {
            return List.of();
        }
        List<String> asked = new ArrayList<>(approverId != null ? List.of(approverId)
                : approval == Approval.EXECUTIVE && incident.reachesExecutives() ? executives
                : incident.holders(IncidentRole.APPROVER));
        asked.remove(proposer);
        if (!incident.reachesExecutives()) {
            asked.removeAll(executives);
        }
        return asked.stream().distinct().toList();
    }

    /** After a decision is recorded: its record in the room, then the requests for approval. */
    void recorded(Incident incident, IncidentDecision decision) {
        String room = incident.room().channelId();
        Locale roomLocale = locales.fallback();
        try {
            slack.postMessage(key("decision", decision), room, messages.recordFallback(roomLocale, decision),
                    messages.record(roomLocale, decision));
        } catch (RuntimeException e) {
            log.warn("Could not post {} of {} in its room: {}", decision.decisionId(), incident.id(), e.toString());
        }
        rooms.refreshAfterDecision(incident, decision.decisionId(), decision.status().code());
        if (!decision.pending()) {
            return;
        }
        recipients(incident, decision.approval(), decision.approverId(), decision.proposedBy())
                .forEach(user -> ask(decision, user, locales.of(user), room));
        if (execChannel != null && decision.needsExecutive() && decision.approverId() == null
                && !incident.needsPrivateRoom() && incident.reachesExecutives()) {
            ask(decision, execChannel, roomLocale, room);
        }
    }

    /** After a decision is approved or rejected: the requests lose their buttons; the room and the proposer are told. */
    void settled(Incident incident, IncidentDecision decision) {
        String room = incident.room().channelId();
        for (IncidentDecision.Request request : decision.requests()) {
            Locale locale = isUser(request.recipient()) ? locales.of(request.recipient()) : locales.fallback();
            try {
                slack.updateMessage(key("decision-request-decided", decision, request.channel()), request.channel(),
                        request.ts(), messages.outcome(locale, decision), messages.decided(locale, decision, room));
            } catch (RuntimeException e) {
                log.warn("Could not update the request for {} in {}: {}", decision.decisionId(), request.channel(),
                        e.toString());
            }
        }
        try {
            slack.postMessage(key("decision-outcome", decision), room, messages.outcome(locales.fallback(), decision),
                    null);
        } catch (RuntimeException e) {
            log.warn("Could not tell the room of {} about {}: {}", incident.id(), decision.decisionId(), e.toString());
        }
        rooms.refreshAfterDecision(incident, decision.decisionId(), decision.status().code());
        direct.send(decision.proposedBy(), key("decision-outcome-proposer", decision),
                messages.outcome(locales.of(decision.proposedBy()), decision));
    }

    private void ask(IncidentDecision decision, String to, Locale locale, String room) {
        try {
            PostedMessage posted = slack.post(key("decision-request", decision, to), to,
                    messages.requestFallback(locale, decision), messages.request(locale, decision, room));
            decisions.addRequest(decision, new IncidentDecision.Request(to, posted.channel(), posted.ts()));
        } catch (RuntimeException e) {
            log.warn("Could not ask {} to approve {} of {}: {}", to, decision.decisionId(), decision.incidentId(),
                    e.toString());
        }
    }

    private static SideEffectKey key(String what, IncidentDecision decision, String... more) {
        List<String> parts = new ArrayList<>(List.of(what, decision.incidentId(), decision.decisionId()));
        parts.addAll(List.of(more));
        return SideEffectKey.of(parts.toArray(String[]::new));
    }

    private static boolean isUser(String id) {
        return id != null && (id.startsWith("U") || id.startsWith("W"));
    }
}
