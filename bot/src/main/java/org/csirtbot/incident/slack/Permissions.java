package org.csirtbot.incident.slack;

import java.util.Locale;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.ResponderDirectory;
import org.csirtbot.incident.access.Actor;
import org.csirtbot.incident.access.Authorization;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.access.Decision;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.modulith.NamedInterface;

/**
 * Checks the authorization matrix for every command, button and form on the server side, so a click by
 * someone who should not act is refused even if they can see the button; says why in their language.
 */
@NamedInterface("room")
@SlackComponent
public class Permissions {

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
    public String refusal(String userId, CsirtAction action, Incident incident, Locale locale) {
        return refusal(userId, action, incident, false, locale);
    }

    /**
     * As {@link #refusal(String, CsirtAction, Incident, Locale)}, for a click in {@code channel}: a click in the
     * incident's room is by one of its members (Slack shows a private room's messages only to them).
     */
    public String refusalIn(String channel, String userId, CsirtAction action, Incident incident, Locale locale) {
        return refusal(userId, action, incident, isRoom(channel, incident), locale);
    }

    /** Whether {@code channel} is the incident's room. */
    public static boolean isRoom(String channel, Incident incident) {
        return channel != null && incident != null && incident.room() != null
                && channel.equals(incident.room().channelId());
    }

    /** Whether {@code userId} may see the incident outside its room: a restricted one only as one the bot invited. */
    public boolean mayRead(String userId, Incident incident) {
        boolean member = incident.room() != null && incident.room().invited() != null
                && incident.room().invited().contains(userId);
        return authorization.decide(actor(userId, incident, member), CsirtAction.READ_INCIDENT, incident).allowed();
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

    /** Whether {@code userId} may approve a decision {@code proposedBy} proposed, by the matrix ({@link Authorization#approve}). */
    public Decision approval(String userId, Incident incident, String proposedBy, boolean needsExecutive) {
        return authorization.approve(actor(userId, incident, false), incident, proposedBy, needsExecutive);
    }

    /** Null when {@code userId} may approve a decision {@code proposedBy} proposed; otherwise the polite refusal. */
    public String refusalToApprove(String userId, Incident incident, String proposedBy, boolean needsExecutive,
                                   Locale locale) {
        Decision answer = approval(userId, incident, proposedBy, needsExecutive);
        return answer.allowed() ? null : texts.get(locale, "refusal." + answer.refusal().name());
    }
}
