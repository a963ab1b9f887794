package org.csirtbot.incident.slack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;

import com.google.gson.Gson;
import com.slack.api.util.json.GsonFactory;

/**
 * Gathers the changes to each room's pinned summary and topic and shows them once per {@code csirtbot.summary.coalesce}
 * (2 s): a burst of fifty changes is a few updates, within {@code chat.update}'s tier and the topic's, never more than a
 * few seconds stale. A refresh that would show what is shown already is not sent. Each incident is shown as stored
 * now, one refresh of it at a time, so an older state never wins a race. After the summary is shown, whatever else
 * shows the incident follows ({@link RoomSummaryRefreshed}). A refresh still gathering when the bot stops is lost
 * until the incident's next change.
 */
@SlackComponent
class RoomRefreshes implements GatheredChanges {

    private static final Logger log = LoggerFactory.getLogger(RoomRefreshes.class);
    private static final Gson JSON = GsonFactory.createSnakeCase();

    private final SlackGateway slack;
    private final Incidents incidents;
    private final IncidentLog incidentLog;
    private final SummaryMessage summary;
    private final Texts texts;
    private final Locale locale;
    private final ApplicationEventPublisher events;
    private final Set<String> summaries = ConcurrentHashMap.newKeySet();
    private final Set<String> topics = ConcurrentHashMap.newKeySet();
    /** What each room shows now, by "summary:" or "topic:" and incident. */
    private final Map<String, String> shown = new ConcurrentHashMap<>();
    private final Map<String, Object> refreshing = new ConcurrentHashMap<>();

    RoomRefreshes(SlackGateway slack, Incidents incidents, IncidentLog incidentLog, SummaryMessage summary, Texts texts,
                  UserLocales locales, ApplicationEventPublisher events) {
        this.slack = slack;
        this.incidents = incidents;
        this.incidentLog = incidentLog;
        this.summary = summary;
        this.texts = texts;
        this.locale = locales.fallback();
        this.events = events;
    }

    void summary(String incidentId) {
        summaries.add(incidentId);
    }

    void topic(String incidentId) {
        topics.add(incidentId);
    }

    /** Shows what was gathered since the last time. */
    @Override
    @Scheduled(initialDelayString = "${csirtbot.summary.coalesce:2s}", fixedDelayString = "${csirtbot.summary.coalesce:2s}")
    public void showGathered() {
        for (String id : List.copyOf(topics)) {
            topics.remove(id);
            withLatest(id, "set the topic of", this::showTopic);
        }
        for (String id : List.copyOf(summaries)) {
            showSummaryNow(id);
        }
    }

    /** Shows the incident's summary at once, whatever is gathered. */
    void showSummaryNow(String incidentId) {
        summaries.remove(incidentId);
        withLatest(incidentId, "update the summary of", this::showSummary);
        events.publishEvent(new RoomSummaryRefreshed(incidentId));
    }

    private void showSummary(Incident latest) {
        if (latest.room().summaryTs() != null) {
            String fallback = summary.fallback(locale, latest);
            var blocks = summary.blocks(locale, latest);
            show("summary", latest, fallback + JSON.toJson(blocks), key -> slack.updateMessage(key,
                    latest.room().channelId(), latest.room().summaryTs(), fallback, blocks));
        }
    }

    private void showTopic(Incident latest) {
        String topic = RoomFurnishing.topic(texts, locale, latest);
        show("topic", latest, topic, key -> slack.setTopic(key, latest.room().channelId(), topic));
    }

    /** Sends it unless the same is shown; keyed by the log's head and what it shows, so A, B, A again is sent. */
    private void show(String what, Incident latest, String content, Consumer<SideEffectKey> send) {
        String fingerprint = SideEffectKey.fingerprint(content);
        if (!fingerprint.equals(shown.get(what + ":" + latest.id()))) {
            long seq = incidentLog.head(latest.id()).map(LogEntry::seq).orElse(0L);
            send.accept(SideEffectKey.of(what + "-shown", latest.id(), String.valueOf(seq), fingerprint));
            shown.put(what + ":" + latest.id(), fingerprint);
        }
    }

    private void withLatest(String incidentId, String what, Consumer<Incident> refresh) {
        synchronized (refreshing.computeIfAbsent(incidentId, id -> new Object())) {
            try {
                incidents.find(incidentId).filter(i -> i.room().channelId() != null).ifPresent(refresh);
            } catch (RuntimeException e) {
                log.warn("Could not {} {}: {}", what, incidentId, e.toString());
            }
        }
    }
}
