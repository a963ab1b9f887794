package org.csirtbot.triage.slack;

import org.csirtbot.report.ReportReceived;
import org.csirtbot.slack.SlackComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * A new report: its reporter told it is received, and the report posted to the triage channel, unless a campaign took
 * it in meanwhile (the campaign's message shows it).
 */
@SlackComponent
class ReportsToTriage {

    private static final Logger log = LoggerFactory.getLogger(ReportsToTriage.class);

    private final TriageChannel triage;
    private final ReporterNotices notices;
    ReportsToTriage(TriageChannel triage, ReporterNotices notices) {
        this.triage = triage;
        this.notices = notices;
    }

    @EventListener
    void received(ReportReceived received) {
        notices.received(received.report());
        String id = received.report().id();
        try {
            triage.postUnlessGrouped(received.report(), received.lookalike());
        } catch (RuntimeException e) {
            log.error("{} is stored but not yet posted to the triage channel; recovery will post it", id, e);
        }
    }
}
