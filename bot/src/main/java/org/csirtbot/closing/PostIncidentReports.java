package org.csirtbot.closing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogVerification;
import org.csirtbot.metrics.CsfRollup;
import org.csirtbot.metrics.CsfTags;
import org.csirtbot.time.ReadableTimes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Post-incident reports of stored incidents, in the bot's language ({@code CSIRTBOT_LOCALE}): the API has no user
 * to ask, and the room is shared by people of either language.
 */
@Component
public class PostIncidentReports {

    private final Incidents incidents;
    private final IncidentLog log;
    private final PostIncidentReport report;
    private final ObjectProvider<CsfTags> tags;

    PostIncidentReports(Incidents incidents, IncidentLog log, MessageSource messages,
                        @Value("${csirtbot.locale:en}") Locale locale, ReadableTimes times, ObjectProvider<CsfTags> tags) {
        this.incidents = incidents;
        this.tags = tags;
        this.log = log;
        this.report = new PostIncidentReport(messages, locale, times.timeZone());
    }

    /** The report as it stands now; empty when there is no such incident. */
    public Optional<String> markdown(String incidentId) {
        return incidents.find(incidentId).map(this::markdown);
    }

    /** Summary, roles, times and lessons as the log tells them, not as the (editable) incident record does. */
    String markdown(Incident incident) {
        LogVerification verification = log.verify(incident);
        List<LogEntry> entries = log.entries(incident.id());
        LoggedIncident logged = LoggedIncident.of(incident, entries);
        return report.markdown(logged.incident(), entries, verification, logged.differences(),
                CsfRollup.of(entries, tags.getIfAvailable(() -> CsfTags.NONE)));
    }
}
