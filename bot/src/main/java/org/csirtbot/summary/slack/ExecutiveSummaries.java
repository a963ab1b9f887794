package org.csirtbot.summary.slack;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.slack.GatheredChanges;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.incident.slack.RoomSummaryRefreshed;
import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.storage.ExecSummaryStore;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.summary.Audience;
import org.csirtbot.summary.DisplayPolicy;
import org.csirtbot.summary.ExecSummaryProperties;
import org.csirtbot.summary.IncidentPicture;
import org.csirtbot.summary.IncidentPictures;
import org.csirtbot.summary.SummaryField;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

import com.google.gson.Gson;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;

/**
 * One message per open incident in the executive channel, pinned while it is open and kept current, showing what the
 * {@link DisplayPolicy} lets executives see; at the end marked closed with its outcome and unpinned. Changes are
 * gathered for {@code csirtbot.summary.coalesce} (2 s) and shown in one update, and an update that would show the
 * same is not sent, so a burst of changes stays far within {@code chat.update}'s tier. Where it was posted is stored
 * ({@link ExecSummaryStore}), so a restart updates the same message. An exercise appears only when its scenario lets it
 * reach the executives.
 */
@SlackComponent
class ExecutiveSummaries implements GatheredChanges {

    private static final Logger log = LoggerFactory.getLogger(ExecutiveSummaries.class);
    private static final Gson JSON = GsonFactory.createSnakeCase();

    private final SlackGateway slack;
    private final Incidents incidents;
    private final IncidentLog incidentLog;
    private final ExecSummaryStore records;
    private final IncidentPictures pictures;
    private final SummaryBlocks blocks;
    private final DisplayPolicy policy;
    private final ExecSummaryProperties properties;
    private final Clock clock;
    private final Locale locale;
    private final String channel;
    private final Set<String> stale = ConcurrentHashMap.newKeySet();
    /** What each summary shows now, by incident: an update that would show the same is not sent. */
    private final Map<String, String> shown = new ConcurrentHashMap<>();
    private volatile Instant allCheckedAt = Instant.MIN;

    ExecutiveSummaries(SlackGateway slack, Incidents incidents, IncidentLog incidentLog, ExecSummaryStore records,
                       IncidentPictures pictures,
                       SummaryBlocks blocks, DisplayPolicy policy, ExecSummaryProperties properties,
                       CsirtbotProperties csirtbot, UserLocales locales, Clock clock) {
        this.slack = slack;
        this.incidents = incidents;
        this.incidentLog = incidentLog;
        this.records = records;
        this.pictures = pictures;
        this.blocks = blocks;
        this.policy = policy;
        this.properties = properties;
        this.clock = clock;
        this.locale = locales.fallback();
        this.channel = csirtbot.execChannel();
    }

    @EventListener
    void on(RoomSummaryRefreshed refreshed) {
        if (channel != null) {
            stale.add(refreshed.incidentId());
        }
    }

    /** Shows every change gathered since the last time; now and then every open incident too. */
    @Override
    @Scheduled(initialDelayString = "${csirtbot.summary.coalesce:2s}",
            fixedDelayString = "${csirtbot.summary.coalesce:2s}")
    public void showGathered() {
        if (channel == null) {
            return;
        }
        Instant now = clock.instant();
        // a clock set back (by NTP, or in a test) must not hold the next check until it is back where it was
        if (now.isBefore(allCheckedAt) || !now.isBefore(allCheckedAt.plus(properties.refreshAll()))) {
            allCheckedAt = now;
            incidents.open().forEach(i -> stale.add(i.id()));
        }
        for (String id : List.copyOf(stale)) {
            stale.remove(id);
            show(id);
        }
    }

    /** Shows the incident as it is now, at once; logs rather than throws. */
    void show(String incidentId) {
        try {
            incidents.find(incidentId).filter(Incident::reachesExecutives).ifPresent(this::publish);
        } catch (RuntimeException e) {
            log.warn("Could not show {} in the executive channel: {}", incidentId, e.toString());
        }
    }

    /** Where the incident's summary is; empty before it is posted. */
    Optional<ExecSummaryStore.ExecSummary> posted(String incidentId) {
        return channel == null ? Optional.empty() : records.find(incidentId, channel);
    }

    private void publish(Incident incident) {
        Optional<ExecSummaryStore.ExecSummary> posted = posted(incident.id());
        if (posted.isPresent() && posted.get().closedAt() != null) {
            if (incident.status() == IncidentStatus.CLOSED) {
                return;
            }
            // reopened: pinned again and kept current like any open incident's
            slack.pin(SideEffectKey.of("exec-summary-repin", incident.id(), channel,
                    posted.get().closedAt().toString()), channel, posted.get().ts());
            records.recordReopened(incident.id(), channel);
        }
        IncidentPicture picture = pictures.of(incident, locale);
        Set<SummaryField> fields = policy.shown(Audience.EXECUTIVES, incident);
        String fallback = blocks.fallback(locale, picture, fields);
        List<LayoutBlock> content = blocks.blocks(locale, picture, fields);
        String hash = SideEffectKey.fingerprint(fallback + JSON.toJson(content));
        if (posted.isEmpty()) {
            if (!picture.closed()) {
                post(incident, fallback, content, hash);
            }
            return;
        }
        if (!hash.equals(shown.get(incident.id()))) {
            long seq = incidentLog.head(incident.id()).map(LogEntry::seq).orElse(0L);
            try {
                slack.updateMessage(SideEffectKey.of("exec-summary-update", incident.id(), String.valueOf(seq), hash),
                        channel, posted.get().ts(), fallback, content);
            } catch (SlackCallRejected refused) {
                if (!"message_not_found".equals(refused.error())) {
                    throw refused;
                }
                // someone deleted the summary in Slack: post it again rather than fail at every change
                repost(incident, fallback, content, hash, posted.get().ts());
                return;
            }
            shown.put(incident.id(), hash);
        }
        if (picture.closed()) {
            slack.unpin(SideEffectKey.of("exec-summary-unpin", incident.id(), channel, picture.closedAt().toString()),
                    channel, posted.get().ts());
            records.recordClosed(incident.id(), channel, clock.instant());
            shown.remove(incident.id());
        }
    }

    private void repost(Incident incident, String fallback, List<LayoutBlock> content, String hash, String gone) {
        log.info("The executive summary of {} is gone from the channel; posting it again", incident.id());
        String ts = slack.postMessage(SideEffectKey.of("exec-summary-again", incident.id(), channel, gone), channel,
                fallback, content);
        records.recordReposted(incident.id(), channel, ts);
        slack.pin(SideEffectKey.of("exec-summary-pin", incident.id(), channel, ts), channel, ts);
        shown.put(incident.id(), hash);
    }

    private void post(Incident incident, String fallback, List<LayoutBlock> content, String hash) {
        String ts = slack.postMessage(SideEffectKey.of("exec-summary", incident.id(), channel), channel, fallback,
                content);
        records.recordPosted(incident.id(), channel, ts, clock.instant());
        slack.pin(SideEffectKey.of("exec-summary-pin", incident.id(), channel), channel, ts);
        shown.put(incident.id(), hash);
    }
}
