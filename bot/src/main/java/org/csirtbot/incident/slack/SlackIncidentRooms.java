package org.csirtbot.incident.slack;

import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRooms;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;

import com.slack.api.model.Conversation;

/** Incident rooms as Slack channels. */
@NamedInterface("room")
@SlackComponent
public class SlackIncidentRooms implements IncidentRooms {

    private static final Logger log = LoggerFactory.getLogger(SlackIncidentRooms.class);
    private static final int MAX_NUMBERED_NAMES = 20;

    private final SlackGateway slack;
    private final SummaryMessage summary;
    private final Texts texts;
    private final Locale locale;
    private final RoomInvitations invitations;
    private final RoomRefreshes refreshes;
    private final ApplicationEventPublisher events;

    SlackIncidentRooms(SlackGateway slack, SummaryMessage summary, Texts texts,
                       UserLocales locales, RoomRefreshes refreshes, ApplicationEventPublisher events) {
        this.slack = slack;
        this.summary = summary;
        this.texts = texts;
        this.locale = locales.fallback();
        this.invitations = new RoomInvitations(slack);
        this.refreshes = refreshes;
        this.events = events;
    }

    @Override
    public CreatedChannel createChannel(Incident incident) {
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

    /** An exercise's room says so; a private room names its incident only (name_taken would confirm a guessed title). */
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
                Conversation channel = slack.createChannel(SideEffectKey.of("channel", incident.id(), candidate),
                        candidate, incident.needsPrivateRoom());
                return new CreatedChannel(channel.getId(), channel.getName());
            } catch (SlackCallRejected e) {
                if (!"name_taken".equals(e.error())) {
                    throw e;
                }
            }
        }
        throw new IllegalStateException("no free channel name for " + incident.id());
    }

    @Override
    public void invite(Incident incident, String channelId, List<String> userIds) {
        invitations.invite(incident, channelId, userIds);
    }

    @Override
    public void describe(Incident incident, String channelId) {
        slack.setTopic(SideEffectKey.of("topic", incident.id()), channelId, refreshes.topic(incident));
        String purpose = texts.get(locale, "room.purpose", incident.id());
        slack.setPurpose(SideEffectKey.of("purpose", incident.id()), channelId, Mrkdwn.cut(purpose, RoomRefreshes.TOPIC_MAX));
    }

    @Override
    public String postSummary(Incident incident, String channelId) {
        String ts = slack.postMessage(SideEffectKey.of("summary", incident.id()), channelId,
                summary.fallback(locale, incident), summary.blocks(locale, incident));
        events.publishEvent(new RoomSummaryRefreshed(incident.id()));
        return ts;
    }

    /** Shows the incident as it is now in its pinned summary within seconds ({@link RoomRefreshes}), once one is posted. */
    public void refreshSummary(Incident incident) {
        refreshes.summary(incident.id());
    }

    /** As {@link #refreshSummary(Incident)}, after the change logged as {@code change}. */
    public void refreshSummary(Incident incident, LogEntry change) {
        refreshes.summary(incident.id());
    }

    /** Shows the incident as it is now in its pinned summary at once: before its room is archived. */
    public void refreshSummaryNow(Incident incident) {
        refreshes.showSummaryNow(incident.id());
    }

    /** Refreshes the summary after a run's change; the topic too when the run re-rated the incident. */
    public void refreshAfterPlaybook(Incident incident, String runId, long runVersion, boolean severityChanged) {
        refreshes.summary(incident.id());
        if (severityChanged) {
            refreshes.topic(incident.id());
        }
    }

    /** Refreshes the summary after a decision was recorded or settled: it shows the latest ones. */
    public void refreshAfterDecision(Incident incident, String decisionId, String status) {
        refreshes.summary(incident.id());
    }

    /** Sets the room's topic again after {@code change}, so it shows the severity now. */
    void refreshTopic(Incident incident, LogEntry change) {
        refreshes.topic(incident.id());
    }

    @Override
    public void pin(Incident incident, String channelId, String messageTs) {
        try {
            slack.pin(SideEffectKey.of("pin-summary", incident.id()), channelId, messageTs);
        } catch (SlackCallRejected e) {
            if (!"already_pinned".equals(e.error())) {
                throw e;
            }
        }
    }

    String botUserId() {
        return invitations.botUserId();
    }
}
