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
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.NamedInterface;

/** Incident rooms as Slack channels. */
@NamedInterface("room")
@SlackComponent
public class SlackIncidentRooms implements IncidentRooms {

    private static final Logger log = LoggerFactory.getLogger(SlackIncidentRooms.class);

    private final SlackGateway slack;
    private final Incidents incidents;
    private final SummaryMessage summary;
    private final Locale locale;
    private final RoomFurnishing furnishing;

    private final Map<String, Object> refreshing = new ConcurrentHashMap<>();

    SlackIncidentRooms(SlackGateway slack, Incidents incidents, SummaryMessage summary, Texts texts,
                       UserLocales locales) {
        this.slack = slack;
        this.incidents = incidents;
        this.summary = summary;
        this.locale = locales.fallback();
        this.furnishing = new RoomFurnishing(slack, summary, texts, locale, "");
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
        return furnishing.postSummary(incident, channelId);
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
                    latest.room().channelId(), furnishing.topic(latest)));
        }
    }

    /** Refreshes the summary after a decision was recorded or settled (its status now): it shows the latest ones. */
    public void refreshAfterDecision(Incident incident, String decisionId, String status) {
        refreshSummary(incident, SideEffectKey.of("summary-decision", incident.id(), decisionId, status));
    }

    /** Sets the room's topic again after {@code change}, so it shows the severity and TLP now; logs rather than throws. */
    public void refreshTopic(Incident incident, LogEntry change) {
        SideEffectKey key = SideEffectKey.of("topic-log", incident.id(), String.valueOf(change.seq()));
        withLatest(incident, "set the topic of",
                latest -> slack.setTopic(key, latest.room().channelId(), furnishing.topic(latest)));
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
        furnishing.pin(incident, channelId, messageTs);
    }

    String botUserId() {
        return furnishing.botUserId();
    }
}
