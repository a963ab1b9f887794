package org.csirtbot.incident.slack;

import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.RoleAssignments.Outcome;
import org.csirtbot.incident.RoleAssignments.RoleChange;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Slack shows of a role change: whoever was given a role is invited to the room, the room is told in a
 * message everyone sees (which also mentions them), and the pinned summary shows the roles now. Each effect is
 * keyed by the change's log entry, so a retry never posts or invites twice. Logs rather than throws.
 */
@SlackComponent
class RoleAnnouncements {

    private static final Logger log = LoggerFactory.getLogger(RoleAnnouncements.class);

    private final SlackGateway slack;
    private final SlackIncidentRooms rooms;
    private final Texts texts;
    private final Locale locale;

    RoleAnnouncements(SlackGateway slack, SlackIncidentRooms rooms, Texts texts, UserLocales locales) {
        this.slack = slack;
        this.rooms = rooms;
        this.texts = texts;
        this.locale = locales.fallback();
    }

    void announce(RoleChange change, String by) {
        Incident incident = change.incident();
        String channel = incident.room().channelId();
        String seq = String.valueOf(change.entry().seq());
        if (channel != null) {
            try {
                if (change.outcome() == Outcome.ASSIGNED) {
                    invite(SideEffectKey.of("invite-role", incident.id(), seq), channel, change.userId());
                }
                slack.postMessage(SideEffectKey.of("announce-role", incident.id(), seq), channel, text(change, by), null);
            } catch (RuntimeException e) {
                log.warn("Could not tell the room of {} about a role change: {}", incident.id(), e.toString());
            }
        }
        rooms.refreshSummary(incident, change.entry());
    }

    private void invite(SideEffectKey key, String channel, String userId) {
        try {
            slack.invite(key, channel, List.of(userId));
        } catch (SlackCallRejected e) {
            if (!RoomInvitations.HARMLESS_INVITE_ERRORS.contains(e.error())) {
                log.warn("Could not invite {} to {}: {}", userId, channel, e.error());
            }
        }
    }

    private String text(RoleChange change, String by) {
        String role = texts.get(locale, "role." + change.role().code());
        String who = Mrkdwn.mention(change.userId());
        if (change.outcome() == Outcome.REMOVED) {
            return texts.get(locale, "room.role.removed", who, role, Mrkdwn.mention(by));
        }
        return change.previous() == null ? texts.get(locale, "room.role.assigned", who, role, Mrkdwn.mention(by))
                : texts.get(locale, "room.role.handed-over", who, role, Mrkdwn.mention(change.previous()),
                        Mrkdwn.mention(by));
    }
}
