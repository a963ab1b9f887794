package org.csirtbot.triage.slack;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.csirtbot.campaigns.CampaignTriage;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.RoomAnnounced;
import org.csirtbot.incident.RoomOpening;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;

/** After a declaration is recorded: open the room, tell the declarer, close the report's triage. */
@SlackComponent
public class DeclarationFollowUp {

    private static final Logger log = LoggerFactory.getLogger(DeclarationFollowUp.class);
    private static final int OPEN_ATTEMPTS = 3;
    private static final Duration OPEN_PAUSE = Duration.ofSeconds(5);

    private final RoomOpening rooms;
    private final ReportIntake reports;
    private final TriageChannel triage;
    private final ReporterNotices notices;
    private final DirectMessages messages;
    private final Texts texts;
    private final UserLocales locales;
    private final ApplicationEventPublisher events;
    private final CampaignTriage campaigns;

    DeclarationFollowUp(RoomOpening rooms, ReportIntake reports, TriageChannel triage, ReporterNotices notices,
                        DirectMessages messages, Texts texts, UserLocales locales, ApplicationEventPublisher events,
                        CampaignTriage campaigns) {
        this.campaigns = campaigns;
        this.rooms = rooms;
        this.reports = reports;
        this.triage = triage;
        this.notices = notices;
        this.messages = messages;
        this.texts = texts;
        this.locales = locales;
        this.events = events;
    }

    void run(IncidentDeclaration.Declared declared, String declarer, Locale locale, TriageContext context) {
        Incident incident = declared.incident();
        if (!declared.created()) {
            tell(declarer, incident, "already", texts.get(locale, "declare.already", incident.id()));
        }
        Optional<Incident> opened = openPatiently(incident.id());
        if (opened.isEmpty()) {
            tell(declarer, incident, "room-failed", texts.get(locale, "declare.room-failed", incident.id()));
            return;
        }
        if (declared.created()) {
            announce(opened.get());
        }
    }

    /**
     * Tells the declarer the room is ready, closes the triage of the report it was declared from and announces the
     * room ({@link RoomAnnounced}: the playbooks that fit the incident's category are suggested). Every
     * message is keyed by the incident, so announcing again (from recovery after a crash) repeats nothing.
     */
    public void announce(Incident incident) {
        Locale locale = locales.of(incident.declaredBy());
        tell(incident.declaredBy(), incident, "declared",
                texts.get(locale, "declare.done", incident.id(), incident.room().channelId()));
        incident.reportIds().stream().findFirst().ifPresent(reportId -> closeTriage(reportId, incident,
                incident.declaredBy()));
        events.publishEvent(new RoomAnnounced(incident));
    }

    /** Opens the room, trying again for a while when Slack keeps failing, before anyone is alarmed. */
    private Optional<Incident> openPatiently(String incidentId) {
        for (int attempt = 1; ; attempt++) {
            try {
                return Optional.of(rooms.open(incidentId));
            } catch (RuntimeException e) {
                if (attempt == OPEN_ATTEMPTS) {
                    log.error("The room of {} could not be opened completely; recovery will finish it", incidentId, e);
                    return Optional.empty();
                }
                log.info("Opening the room of {} failed ({}); trying again", incidentId, e.getMessage());
                pause(OPEN_PAUSE.multipliedBy(attempt));
            }
        }
    }

    private static void pause(Duration duration) {
        try {
            TimeUnit.MILLISECONDS.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The declaration did not reach the store in time and then failed: say so plainly. */
    void notRecorded(String declarer, String explanation) {
        messages.sendEvenIfStoreIsDown(declarer, explanation);
    }

    private void closeTriage(String reportId, Incident incident, String declarer) {
        reports.find(reportId).ifPresent(report -> {
            if (report.campaignId() != null) {
                campaigns.attached(report, incident.id(), declarer); // its message is the campaign's: shown there
            } else {
                triage.showOutcome(report, texts.get(triage.locale(), "triage.outcome.declared", incident.id(),
                        declarer));
            }
            notices.handledAs(report, incident.id());
        });
    }

    private void tell(String declarer, Incident incident, String what, String text) {
        messages.send(declarer, SideEffectKey.of("declarer", incident.id(), declarer, what), text);
    }
}
