package org.csirtbot.closing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogKind;
import org.csirtbot.metrics.IncidentTimes;
import org.csirtbot.storage.IncidentStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What follows closing, in the room: the post-incident report is posted there ({@link LogKind#REPORT_POSTED}), and
 * {@link ClosingProperties#archiveAfter()} after closing the room is archived ({@link LogKind#CHANNEL_ARCHIVED},
 * {@link Incident.Closure#archivedAt()}). Both go through the {@link ClosedRooms} port, whose steps are safe to
 * repeat, and are logged once.
 */
@Component
public class RoomClosing {

    private static final Logger logger = LoggerFactory.getLogger(RoomClosing.class);

    private final IncidentStore store;
    private final IncidentLog log;
    private final PostIncidentReports reports;
    private final ObjectProvider<ClosedRooms> rooms;
    private final ClosingProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    RoomClosing(IncidentStore store, IncidentLog log, PostIncidentReports reports, ObjectProvider<ClosedRooms> rooms,
                ClosingProperties properties, Clock clock, ApplicationEventPublisher events) {
        this.store = store;
        this.log = log;
        this.reports = reports;
        this.rooms = rooms;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /** When the room of a closed incident is due to be archived; null while it is not closed. */
    public Instant archiveDueAt(Incident incident) {
        Instant closed = IncidentTimes.closedAt(incident);
        return closed == null ? null : closed.plus(properties.archiveAfter());
    }

    /** Posts the report of a closed incident to its room unless it was posted before; then {@link ReportPosted}. */
    public void publishReport(String incidentId) {
        synchronized (locks.computeIfAbsent(incidentId, id -> new Object())) {
            Incident incident = IncidentDocuments.existing(store, incidentId);
            if (incident.status() != IncidentStatus.CLOSED || incident.room().channelId() == null || posted(incidentId)) {
                return;
            }
            String ts = rooms.getObject().postReport(incident, reports.markdown(incident));
            log.append(incidentId, IncidentLog.BOT, LogKind.REPORT_POSTED, Map.of("ts", ts));
            events.publishEvent(new ReportPosted(incidentId));
        }
    }

    /** {@link #archiveDue(Instant)} as of now. */
    public int archiveDue() {
        return archiveDue(clock.instant());
    }

    /**
     * For every closed incident whose room is not archived: posts its report if that did not happen yet, and
     * archives the room if it is due at {@code now}. Returns how many rooms were archived.
     */
    public int archiveDue(Instant now) {
        if (rooms.getIfAvailable() == null) {
            return 0;
        }
        List<Incident> closed = store.findClosedNotArchived().stream().map(IncidentDocuments::toIncident).toList();
        int archived = 0;
        for (Incident incident : closed) {
            try {
                publishReport(incident.id());
                archived += archiveIfDue(incident, now) ? 1 : 0;
            } catch (RuntimeException e) {
                logger.info("The room of {} is not put away yet: {}", incident.id(), e.getMessage());
            }
        }
        return archived;
    }

    private boolean archiveIfDue(Incident incident, Instant now) {
        if (now.isBefore(archiveDueAt(incident))) {
            return false;
        }
        rooms.getObject().archive(incident);
        if (store.recordArchived(incident.id(), clock.instant())) {
            log.append(incident.id(), IncidentLog.BOT, LogKind.CHANNEL_ARCHIVED,
                    Map.of("channelId", incident.room().channelId()));
        }
        return true;
    }

    /** Whether the report was posted since the incident was last closed (a reopened one gets it again). */
    private boolean posted(String incidentId) {
        boolean posted = false;
        for (var entry : log.entries(incidentId)) {
            if (LogKind.REPORT_POSTED.code().equals(entry.kind())) {
                posted = true;
            } else if (LogKind.INCIDENT_REOPENED.code().equals(entry.kind())) {
                posted = false;
            }
        }
        return posted;
    }
}
