package org.csirtbot.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;

import com.slack.api.bolt.App;

/**
 * A submitted report form: checked field by field, stored once per modal, the reporter shown the
 * reference at once, then posted to triage.
 */
@SlackComponent
class ReportSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(ReportSubmission.class);

    private final ReportModal modal;
    private final ReportIntake intake;
    private final TriageChannel triage;
    private final ReporterNotices notices;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;

    ReportSubmission(ReportModal modal, ReportIntake intake, TriageChannel triage, ReporterNotices notices,
                     UserLocales locales, Texts texts, @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.intake = intake;
        this.triage = triage;
        this.notices = notices;
        this.locales = locales;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(ReportModal.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            Locale locale = locales.of(user);
            ReportModal.Read read = modal.read(view.getState(), locale, "view:" + view.getId(), user);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            Report report;
            try {
                report = intake.submit(read.submission());
            } catch (DataAccessException e) {
                log.error("Could not store a report from {}", user, e);
                return ctx.ack(r -> r.responseAction("errors")
                        .errors(Map.of("what", texts.get(locale, "error.not-recorded"))));
            }
            work.execute(() -> afterAck(report));
            return ctx.ack(r -> r.responseAction("update").view(modal.received(locale, report)));
        });
    }

    private void afterAck(Report report) {
        if (report.triageTs() != null) {
            return; // a repeated delivery of a submission already handled
        }
        notices.received(report);
        try {
            triage.post(report);
        } catch (RuntimeException e) {
            log.error("{} is stored but could not be posted to the triage channel", report.id(), e);
        }
    }
}
