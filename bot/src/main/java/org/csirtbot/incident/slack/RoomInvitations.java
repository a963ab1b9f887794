package org.csirtbot.incident.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Inviting people to an incident room: in batches as large as Slack takes, never the bot itself, and past the
 * people Slack will not invite.
 */
class RoomInvitations {

    private static final Logger log = LoggerFactory.getLogger(RoomInvitations.class);
    private static final int INVITES_PER_CALL = 100;
    static final Set<String> HARMLESS_INVITE_ERRORS = Set.of("already_in_channel", "cant_invite_self");
    /** Slack refuses a whole batch for one person it will not invite: the others are then invited one by one. */
    static final Set<String> ONE_PERSON_INVITE_ERRORS = Set.of("user_not_found", "user_disabled", "cant_invite",
            "user_is_restricted", "user_is_ultra_restricted");

    private final SlackGateway slack;
    /** Tells this room's invitations apart from those to the incident's other rooms (see {@link RoomFurnishing}). */
    private final String effect;
    private volatile String botUserId;

    RoomInvitations(SlackGateway slack, String effect) {
        this.slack = slack;
        this.effect = effect;
    }

    void invite(Incident incident, String channelId, List<String> userIds) {
        List<String> users = new ArrayList<>(userIds);
        users.remove(botUserId());
        if (users.isEmpty()) {
            return;
        }
        for (int from = 0; from < users.size(); from += INVITES_PER_CALL) {
            List<String> batch = users.subList(from, Math.min(users.size(), from + INVITES_PER_CALL));
            try {
                slack.invite(SideEffectKey.of(effect + "invite", incident.id(), String.valueOf(from)), channelId, batch);
            } catch (SlackCallRejected e) {
                if (!HARMLESS_INVITE_ERRORS.contains(e.error()) && !ONE_PERSON_INVITE_ERRORS.contains(e.error())) {
                    throw e;
                }
                batch.forEach(user -> inviteOne(incident, channelId, user));
            }
        }
    }

    private void inviteOne(Incident incident, String channelId, String user) {
        try {
            slack.invite(SideEffectKey.of(effect + "invite", incident.id(), user), channelId, List.of(user));
        } catch (SlackCallRejected e) {
            if ("user_not_found".equals(e.error())) {
                log.info("Not inviting {} to {}: Slack knows no such user", user, incident.id());
            } else if (!HARMLESS_INVITE_ERRORS.contains(e.error())) {
                log.warn("Could not invite {} to {}: {}", user, incident.id(), e.error());
            }
        }
    }

    String botUserId() {
        if (botUserId == null) {
            botUserId = slack.botUserId();
        }
        return botUserId;
    }
}
