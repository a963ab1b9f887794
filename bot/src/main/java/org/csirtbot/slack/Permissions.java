package org.csirtbot.slack;

import java.util.Locale;
import java.util.Set;

import org.csirtbot.incident.Actor;
import org.csirtbot.incident.Authorization;
import org.csirtbot.incident.CsirtAction;
import org.csirtbot.incident.Decision;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDecision;
import org.csirtbot.incident.ResponderDirectory;

/**
 * Checks the authorization matrix for every command, button and form on the server side, so a click by
 * someone who should not act is refused even if they can see the button; says why in their language.
 */
@SlackComponent
class Permissions {

    private final Authorization authorization = new Authorization();
    private final ResponderDirectory responders;
    private final Set<String> executives;
    private final Texts texts;

    Permissions(ResponderDirectory responders, CsirtbotProperties properties, Texts texts) {
        this.responders = responders;
        this.executives = Set.copyOf(properties.executives());
        this.texts = texts;
    }

    /** Null when allowed; otherwise the polite refusal to show the user. */
    String refusal(String userId, CsirtAction action, Incident incident, Locale locale) {
        return refusal(userId, action, incident, false, locale);
    }

    /** As {@link #refusal(String, CsirtAction, Incident, Locale)}, for someone acting inside the incident's room. */
    String refusalInRoom(String userId, CsirtAction action, Incident incident, Locale locale) {
        return refusal(userId, action, incident, true, locale);
    }

    private String refusal(String userId, CsirtAction action, Incident incident, boolean roomMember, Locale locale) {
        Decision decision = authorization.decide(actor(userId, incident, roomMember), action, incident);
        if (decision.allowed()) {
            return null;
        }
        String specific = "refusal." + action.name() + "." + decision.refusal().name();
        String message = texts.getOrElse(locale, specific, "");
        return message.isEmpty() ? texts.get(locale, "refusal." + decision.refusal().name()) : message;
    }

    private Actor actor(String userId, Incident incident, boolean roomMember) {
        String who = userId == null ? "" : userId;
        return new Actor(who, responders.isResponder(who), executives.contains(who),
                incident == null ? Set.of() : incident.rolesOf(who), roomMember);
    }

    // decisions (issue 4): who may approve one

    /** Whether {@code userId} may approve {@code decision}, by the matrix ({@link Authorization#approve}). */
    Decision approval(String userId, IncidentDecision decision, Incident incident) {
        return approval(userId, incident, decision.proposedBy(), decision.needsExecutive());
    }

    Decision approval(String userId, Incident incident, String proposedBy, boolean needsExecutive) {
        return authorization.approve(actor(userId, incident, false), incident, proposedBy, needsExecutive);
    }

    /** Null when {@code userId} may approve {@code decision}; otherwise the polite refusal. */
    String refusalToApprove(String userId, IncidentDecision decision, Incident incident, Locale locale) {
        Decision answer = approval(userId, decision, incident);
        return answer.allowed() ? null : texts.get(locale, "refusal." + answer.refusal().name());
    }
}
