package org.csirtbot.summary.slack;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csirtbot.closing.ReportPosted;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogKind;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.csirtbot.summary.Audience;
import org.csirtbot.summary.DisplayPolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * When an incident closes and its report is posted, everyone whose report is attached hears the end: a short
 * thank-you, by direct message in their language, saying no more than the {@link DisplayPolicy} lets reporters see at
 * the incident's TLP (the title and what happened up to GREEN, that it was resolved at AMBER, only that it is closed
 * beyond). Each reporter once, keyed by report; logged once ({@link LogKind#REPORTERS_THANKED}). An exercise has no
 * reporters to thank.
 */
@SlackComponent
class ReporterThanks {

    private static final Logger log = LoggerFactory.getLogger(ReporterThanks.class);

    private final Incidents incidents;
    private final ReportIntake reports;
    private final IncidentLog incidentLog;
    private final DirectMessages messages;
    private final DisplayPolicy policy;
    private final ShortForms forms;
    private final UserLocales locales;

    ReporterThanks(Incidents incidents, ReportIntake reports, IncidentLog incidentLog, DirectMessages messages,
                   DisplayPolicy policy, ShortForms forms, UserLocales locales) {
        this.incidents = incidents;
        this.reports = reports;
        this.incidentLog = incidentLog;
        this.messages = messages;
        this.policy = policy;
        this.forms = forms;
        this.locales = locales;
    }

    /**
     * Once the report is posted and logged, on its thread: the log's order is fixed (report posted, then reporters
     * thanked), and a report posted late (by the archive check) still brings the thanks.
     */
    @EventListener
    void on(ReportPosted posted) {
        try {
            incidents.find(posted.incidentId()).filter(i -> i.status() == IncidentStatus.CLOSED)
                    .filter(i -> !i.isExercise()).ifPresent(this::thank);
        } catch (RuntimeException e) {
            log.warn("Could not thank the reporters of {}: {}", posted.incidentId(), e.toString());
        }
    }

    private void thank(Incident incident) {
        if (!incidentLog.entries(incident.id(), List.of(LogKind.REPORTERS_THANKED), Map.of()).isEmpty()) {
            return;
        }
        Set<String> told = new LinkedHashSet<>();
        for (String reportId : incident.reportIds()) {
            reports.find(reportId).filter(r -> r.reporterId() != null && told.add(r.reporterId()))
                    .ifPresent(report -> messages.send(report.reporterId(),
                            SideEffectKey.of("reporter", report.id(), "thanked"), text(incident, report)));
        }
        incidentLog.appendOnce(incident.id(), IncidentLog.BOT, LogKind.REPORTERS_THANKED,
                Map.of("reporters", told.size()), Map.of());
    }

    private String text(Incident incident, Report report) {
        return forms.thanks(locales.of(report.reporterId()), incident, report.id(),
                policy.shown(Audience.REPORTERS, incident));
    }
}
