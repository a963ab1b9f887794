package org.csirtbot.incident.slack;

import java.util.List;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRooms;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;

/**
 * Incident rooms as Slack channels: made and furnished by {@link RoomFurnishing}, their summary and topic kept current
 * by {@link RoomRefreshes}.
 */
@NamedInterface("room")
@SlackComponent
public class SlackIncidentRooms implements IncidentRooms {

    private final RoomFurnishing furnishing;
    private final RoomRefreshes refreshes;
    private final ApplicationEventPublisher events;

    SlackIncidentRooms(SlackGateway slack, SummaryMessage summary, Texts texts, UserLocales locales,
                       RoomRefreshes refreshes, ApplicationEventPublisher events) {
        Locale locale = locales.fallback();
        this.furnishing = new RoomFurnishing(slack, summary, texts, locale, "");
        this.refreshes = refreshes;
        this.events = events;
    }

    @Override
    public CreatedChannel createChannel(Incident incident) {
        return furnishing.createChannel(incident);
    }

    @Override
    public void invite(Incident incident, String channelId, List<String> userIds) {
        furnishing.invite(incident, channelId, userIds);
    }

    @Override
    public void describe(Incident incident, String channelId) {
        furnishing.describe(incident, channelId);
    }

    @Override
    public String postSummary(Incident incident, String channelId) {
        String ts = furnishing.postSummary(incident, channelId);
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

    /** Sets the room's topic again after {@code change}, so it shows the severity and TLP now. */
    public void refreshTopic(Incident incident, LogEntry change) {
        refreshes.topic(incident.id());
    }

    @Override
    public void pin(Incident incident, String channelId, String messageTs) {
        furnishing.pin(incident, channelId, messageTs);
    }

    String botUserId() {
        return furnishing.botUserId();
    }
}
