package org.csirtbot.triage.slack;

import org.csirtbot.incident.RoomOpening;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.RecoveryStep;
import org.csirtbot.slack.SlackComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;

/** Recovery's first step: posts reports that never reached triage, and completes rooms whose opening stopped half-way. */
@SlackComponent
@Order(1)
class TriageRecovery implements RecoveryStep {

    private static final Logger log = LoggerFactory.getLogger(TriageRecovery.class);

    private final RoomOpening rooms;
    private final ReportIntake reports;
    private final TriageChannel triage;
    private final ReporterNotices notices;
    private final DeclarationFollowUp followUp;

    TriageRecovery(RoomOpening rooms, ReportIntake reports, TriageChannel triage, ReporterNotices notices,
                   DeclarationFollowUp followUp) {
        this.rooms = rooms;
        this.reports = reports;
        this.triage = triage;
        this.notices = notices;
        this.followUp = followUp;
    }

    @Override
    public void recover() {
        if (triage.configured()) {
            reports.notPostedToTriage().forEach(this::postToTriage);
        }
        rooms.incomplete().forEach(this::finishRoom);
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
