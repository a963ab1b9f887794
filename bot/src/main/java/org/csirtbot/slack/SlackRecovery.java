package org.csirtbot.slack;

import java.util.concurrent.Executor;

import org.csirtbot.incident.RoomOpening;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Finishes what an interruption left undone: on start, and then every half minute, sends the effects
 * still in the outbox, posts reports that never reached triage, completes any room whose opening
 * stopped half-way (a crash, Slack or the store down), and shows in the rooms the playbook changes
 * stored but not shown ({@link PlaybookRoomRecovery}).
 */
@SlackComponent
class SlackRecovery {

    private static final Logger log = LoggerFactory.getLogger(SlackRecovery.class);

    private final SlackGateway slack;
    private final RoomOpening rooms;
    private final ReportIntake reports;
    private final TriageChannel triage;
    private final ReporterNotices notices;
    private final DeclarationFollowUp followUp;
    private final PlaybookRoomRecovery playbooks;
    private final Executor work;

    SlackRecovery(SlackGateway slack, RoomOpening rooms, ReportIntake reports, TriageChannel triage,
                  ReporterNotices notices, DeclarationFollowUp followUp, PlaybookRoomRecovery playbooks,
                  @Qualifier("slackWork") Executor work) {
        this.slack = slack;
        this.rooms = rooms;
        this.reports = reports;
        this.triage = triage;
        this.notices = notices;
        this.followUp = followUp;
        this.playbooks = playbooks;
        this.work = work;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        work.execute(this::recover);
    }

    @Scheduled(initialDelayString = "${csirtbot.recovery-interval:30s}", fixedDelayString = "${csirtbot.recovery-interval:30s}")
    void recover() {
        try {
            slack.dispatchPending();
            if (triage.configured()) {
                reports.notPostedToTriage().forEach(this::postToTriage);
            }
            rooms.incomplete().forEach(this::finishRoom);
            playbooks.recover();
        } catch (RuntimeException e) {
            log.warn("Recovery will try again: {}", e.getMessage());
        }
    }

    /** Both are keyed effects, so a report being posted right now by its submission is not posted twice. */
    private void postToTriage(Report report) {
        try {
            notices.received(report);
            triage.post(report);
        } catch (RuntimeException e) {
            log.info("{} is not posted to triage yet: {}", report.id(), e.getMessage());
        }
    }

    private void finishRoom(String incidentId) {
        try {
            followUp.announce(rooms.open(incidentId));
        } catch (RuntimeException e) {
            log.info("The room of {} is not complete yet: {}", incidentId, e.getMessage());
        }
    }
}
