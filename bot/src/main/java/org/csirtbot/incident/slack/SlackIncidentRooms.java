package org.csirtbot.incident.slack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRooms;
import org.csirtbot.incident.Incidents;
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
import org.springframework.modulith.NamedInterface;

import com.slack.api.model.Conversation;

/** Incident rooms as Slack channels. */
@NamedInterface("room")
@SlackComponent
public class SlackIncidentRooms implements IncidentRooms {

    private static final Logger log = LoggerFactory.getLogger(SlackIncidentRooms.class);
    private static final int MAX_NUMBERED_NAMES = 20;
    /** Slack's limit for a topic or purpose. */
    private static final int TOPIC_MAX = 250;

    private final SlackGateway slack;
    private final Incidents incidents;
    private final SummaryMessage summary;
    private final Texts texts;
    private final Locale locale;
    private final RoomInvitations invitations;

    private final Map<String, Object> refreshing = new ConcurrentHashMap<>();

    SlackIncidentRooms(SlackGateway slack, Incidents incidents, SummaryMessage summary, Texts texts,
                       UserLocales locales) {
        this.slack = slack;
        this.incidents = incidents;
        this.summary = summary;
        this.texts = texts;
        this.locale = locales.fallback();
        this.invitations = new RoomInvitations(slack);
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
        slack.setTopic(SideEffectKey.of("topic", incident.id()), channelId, topic(incident));
        String purpose = texts.get(locale, "room.purpose", incident.id());
        slack.setPurpose(SideEffectKey.of("purpose", incident.id()), channelId, Mrkdwn.cut(purpose, TOPIC_MAX));
    }

    @Override
    public String postSummary(Incident incident, String channelId) {
        return slack.postMessage(SideEffectKey.of("summary", incident.id()), channelId,
                summary.fallback(locale, incident), summary.blocks(locale, incident));
    }

    /** Shows the incident as it is now in its pinned summary, once one is posted; logs rather than throws. */
    public void refreshSummary(Incident incident) {
        // the key names the change, so a phase entered a second time updates the summary again
        refreshSummary(incident, SideEffectKey.of("summary-status", incident.id(), incident.status().code(),
                String.valueOf(incident.phases().size())));
    }

    /** As {@link #refreshSummary(Incident)}, after the change logged as {@code change}. */
    public void refreshSummary(Incident incident, LogEntry change) {
        refreshSummary(incident, SideEffectKey.of("summary-log", incident.id(), String.valueOf(change.seq())));
    }

    // playbooks (issue 5): the summary shows each run's progress and running clocks

    /** Refreshes the summary after a run's change (its version); the topic too when the run re-rated the incident. */
    public void refreshAfterPlaybook(Incident incident, String runId, long runVersion, boolean severityChanged) {
        String change = runId + ":" + runVersion;
        refreshSummary(incident, SideEffectKey.of("summary-playbook", change));
        if (severityChanged) {
            withLatest(incident, "set the topic of", latest -> slack.setTopic(SideEffectKey.of("topic-playbook", change),
                    latest.room().channelId(), topic(latest)));
        }
    }

    /** Refreshes the summary after a decision was recorded or settled (its status now): it shows the latest ones. */
    public void refreshAfterDecision(Incident incident, String decisionId, String status) {
        refreshSummary(incident, SideEffectKey.of("summary-decision", incident.id(), decisionId, status));
    }

    /** Sets the room's topic again after {@code change}, so it shows the severity now; logs rather than throws. */
    void refreshTopic(Incident incident, LogEntry change) {
        SideEffectKey key = SideEffectKey.of("topic-log", incident.id(), String.valueOf(change.seq()));
        withLatest(incident, "set the topic of", latest -> slack.setTopic(key, latest.room().channelId(), topic(latest)));
    }

    private void refreshSummary(Incident incident, SideEffectKey key) {
        withLatest(incident, "update the summary of", latest -> {
            if (latest.room().summaryTs() != null) {
                slack.updateMessage(key, latest.room().channelId(), latest.room().summaryTs(),
                        summary.fallback(locale, latest), summary.blocks(locale, latest));
            }
        });
    }

    /**
     * Refreshes the room with the incident as stored now, one refresh of an incident at a time: refreshes racing
     * each other (a role and a severity changed at once) never leave an older state showing. Logs rather than throws.
     */
    private void withLatest(Incident changed, String what, Consumer<Incident> refresh) {
        synchronized (refreshing.computeIfAbsent(changed.id(), id -> new Object())) {
            try {
                Incident latest = incidents.find(changed.id()).orElse(changed);
                if (latest.room().channelId() != null) {
                    refresh.accept(latest);
                }
            } catch (RuntimeException e) {
                log.warn("Could not {} {}: {}", what, changed.id(), e.toString());
            }
        }
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

    private String topic(Incident incident) {
        String topic = texts.get(locale, "room.topic", incident.id(), incident.severity().name(),
                incident.tlp().label(), incident.title());
        // the title is typed by a responder: escaped, so a <!channel> or a disguised link in it stays text
        return Mrkdwn.escapeAndCut(topic, TOPIC_MAX);
    }

    String botUserId() {
        return invitations.botUserId();
    }
}
