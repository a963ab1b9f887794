package org.csirtbot.links.slack;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;

/**
 * What the link commands share: finding the other incident named, as far as the person may know of it (one they may
 * not read is as unknown as one that does not exist), and telling a room about the other incident without naming a
 * restricted one there.
 */
@SlackComponent
class LinkRooms {

    private final Incidents incidents;
    private final Permissions permissions;
    private final SlackGateway slack;
    private final UserLocales locales;
    private final Texts texts;
    private final Clock clock;

    LinkRooms(Incidents incidents, Permissions permissions, SlackGateway slack, UserLocales locales, Texts texts,
              Clock clock) {
        this.clock = clock;
        this.incidents = incidents;
        this.permissions = permissions;
        this.slack = slack;
        this.locales = locales;
        this.texts = texts;
    }

    /** The incident {@code id} names, if it exists and {@code userId} may read it. */
    Optional<Incident> readable(String id, String userId) {
        return incidents.find(id.toUpperCase(Locale.ROOT)).filter(i -> permissions.mayRead(userId, i));
    }

    /** Whether {@code userId} may read the incident {@code id}. */
    boolean mayRead(String id, String userId) {
        return readable(id, userId).isPresent();
    }

    /** The other incident as a room may see it: its ID, or only that it is restricted. */
    String named(Incident other, Locale locale) {
        return other.restricted() ? texts.get(locale, "link.restricted-incident") : "*" + other.id() + "*";
    }

    /** Posts {@code key} ({0} the other incident as named, {1} who, {2} the reason if any) in the incident's room. */
    void tell(Incident incident, Incident other, String key, String userId, String reason, String effect) {
        post(incident, other, key, userId, reason == null || reason.isBlank() ? ""
                : texts.get(roomLocale(), "link.reason", Mrkdwn.escapeAndCut(reason, 500)), effect);
    }

    /** As {@link #tell}, with {@code detail} ({2}) as mrkdwn already made. */
    void post(Incident incident, Incident other, String key, String userId, String detail, String effect) {
        if (incident.room() == null || incident.room().channelId() == null) {
            return;
        }
        slack.postMessage(SideEffectKey.of(effect, incident.id(), other.id(), clock.instant().toString()),
                incident.room().channelId(), texts.get(roomLocale(), key, named(other, roomLocale()),
                        Mrkdwn.mention(userId), detail), null);
    }

    /** The language of what is posted in rooms. */
    Locale roomLocale() {
        return locales.fallback();
    }
}
