package org.csirtbot.slack;

import org.csirtbot.slack.gateway.SideEffectKey;
import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.RoomOpening;
import org.csirtbot.report.ReportIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** After a declaration is recorded: open the room, tell the declarer, close the report's triage. */
@SlackComponent
class DeclarationFollowUp {

    private static final Logger log = LoggerFactory.getLogger(DeclarationFollowUp.class);

    private final RoomOpening rooms;
    private final ReportIntake reports;
    private final TriageChannel triage;
    private final ReporterNotices notices;
    private final DirectMessages messages;
    private final Texts texts;

    DeclarationFollowUp(RoomOpening rooms, ReportIntake reports, TriageChannel triage, ReporterNotices notices,
                        DirectMessages messages, Texts texts) {
        this.rooms = rooms;
        this.reports = reports;
        this.triage = triage;
        this.notices = notices;
        this.messages = messages;
        this.texts = texts;
    }

    void run(IncidentDeclaration.Declared declared, String declarer, Locale locale, TriageContext context) {
        Incident incident = declared.incident();
        if (!declared.created()) {
            tell(declarer, incident, "already", texts.get(locale, "declare.already", incident.id()));
        }
        try {
            incident = rooms.open(incident.id());
        } catch (RuntimeException e) {
            log.error("The room of {} could not be opened completely; it will be resumed", incident.id(), e);
            tell(declarer, incident, "room-failed", texts.get(locale, "declare.room-failed", incident.id()));
            return;
        }
        if (declared.created()) {
            tell(declarer, incident, "declared",
                    texts.get(locale, "declare.done", incident.id(), incident.room().channelId()));
            if (context.fromReport()) {
                closeTriage(context.reportId(), incident, declarer);
            }
        }
    }

    /** The declaration did not reach the store in time and then failed: say so plainly. */
    void notRecorded(String declarer, String explanation) {
        messages.sendEvenIfStoreIsDown(declarer, explanation);
    }

    private void closeTriage(String reportId, Incident incident, String declarer) {
        reports.find(reportId).ifPresent(report -> {
            triage.showOutcome(report, texts.get(triage.locale(), "triage.outcome.declared", incident.id(), declarer));
            notices.handledAs(report, incident.id());
        });
    }

    private void tell(String declarer, Incident incident, String what, String text) {
        messages.send(declarer, SideEffectKey.of("declarer", incident.id(), declarer, what), text);
    }
}
