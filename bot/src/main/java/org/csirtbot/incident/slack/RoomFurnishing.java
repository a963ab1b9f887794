package org.csirtbot.incident.slack;

import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRooms.CreatedChannel;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.model.Conversation;

/**
 * The steps that make a channel an incident's room: the channel under a free name, its members, topic and purpose, the
 * summary posted and pinned. Each effect is keyed by the incident and {@code effect}, the prefix that tells a room
 * apart from the incident's other rooms (none for its first, {@code moved-} for the private room it moves to), so
 * making a room again makes nothing twice and never takes one room's effects for another's.
 */
class RoomFurnishing {

    private static final Logger log = LoggerFactory.getLogger(RoomFurnishing.class);
    private static final int MAX_NUMBERED_NAMES = 20;
    /** Slack's limit for a topic or purpose. */
    static final int TOPIC_MAX = 250;

    private final SlackGateway slack;
    private final SummaryMessage summary;
    private final Texts texts;
    private final Locale locale;
    private final String effect;
    private final RoomInvitations invitations;

    RoomFurnishing(SlackGateway slack, SummaryMessage summary, Texts texts, Locale locale, String effect) {
        this.slack = slack;
        this.summary = summary;
        this.texts = texts;
        this.locale = locale;
        this.effect = effect;
        this.invitations = new RoomInvitations(slack, effect);
    }

    CreatedChannel createChannel(Incident incident) {
        String name = channelName(incident);
        try {
            return createWithFreeName(incident, name);
        } catch (SlackCallRejected e) {
            if (!e.error().startsWith("invalid_name")) {
                throw e;
            }
            log.info("Slack refused the channel name {} ({}); using the incident ID alone", name, e.error());
            return createWithFreeName(incident, ChannelNames.ascii(incident.id()));
        }
    }

    /**
     * An exercise's room says so: inc-2026-0008-exercise-&lt;scenario&gt;. A private room names its incident only: anyone
     * can test a guessed name through Slack's name_taken, which would confirm a confidential title.
     */
    private static String channelName(Incident incident) {
        if (incident.isExercise()) {
            return ChannelNames.forIncident(incident.id(), "exercise " + incident.exercise().scenarioId());
        }
        return incident.needsPrivateRoom() ? ChannelNames.ascii(incident.id())
                : ChannelNames.forIncident(incident.id(), incident.title());
    }

    /** Creates the channel under the name, or the name numbered when it is taken (say, by an archived room). */
    private CreatedChannel createWithFreeName(Incident incident, String name) {
        for (int n = 1; n <= MAX_NUMBERED_NAMES; n++) {
            String candidate = n == 1 ? name : ChannelNames.numbered(name, n);
            try {
                Conversation channel = slack.createChannel(key("channel", incident, candidate), candidate,
                        incident.needsPrivateRoom());
                return new CreatedChannel(channel.getId(), channel.getName());
            } catch (SlackCallRejected e) {
                if (!"name_taken".equals(e.error())) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("no free channel name for " + incident.id());
    }

    void invite(Incident incident, String channelId, List<String> userIds) {
        invitations.invite(incident, channelId, userIds);
    }

    void describe(Incident incident, String channelId) {
        slack.setTopic(key("topic", incident), channelId, topic(incident));
        String purpose = texts.get(locale, "room.purpose", incident.id());
        slack.setPurpose(key("purpose", incident), channelId, Mrkdwn.cut(purpose, TOPIC_MAX));
    }

    String postSummary(Incident incident, String channelId) {
        return slack.postMessage(key("summary", incident), channelId, summary.fallback(locale, incident),
                summary.blocks(locale, incident));
    }

    void pin(Incident incident, String channelId, String messageTs) {
        try {
            slack.pin(key("pin-summary", incident), channelId, messageTs);
        } catch (SlackCallRejected e) {
            if (!"already_pinned".equals(e.error())) {
                throw e;
            }
        }
    }

    String topic(Incident incident) {
        return topic(texts, locale, incident);
    }

    /** The room's topic: ID, severity, TLP and title. */
    static String topic(Texts texts, Locale locale, Incident incident) {
        String topic = texts.get(locale, "room.topic", incident.id(), incident.severity().name(),
                incident.tlp().label(), incident.title());
        // the title is typed by a responder: escaped, so a <!channel> or a disguised link in it stays text
        return Mrkdwn.escapeAndCut(topic, TOPIC_MAX);
    }

    String botUserId() {
        return invitations.botUserId();
    }

    private SideEffectKey key(String what, Incident incident, String... more) {
        String[] parts = new String[2 + more.length];
        parts[0] = effect + what;
        parts[1] = incident.id();
        System.arraycopy(more, 0, parts, 2, more.length);
        return SideEffectKey.of(parts);
    }
}
