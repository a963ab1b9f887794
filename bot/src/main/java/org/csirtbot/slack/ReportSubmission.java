package org.csirtbot.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;

/**
 * A submitted report form: checked field by field, stored once per modal, the reporter shown the
 * reference at once (or, when the store is slow, told it will follow), then posted to triage.
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
    private final StoreWithinAck store;
    private final Executor work;

    ReportSubmission(ReportModal modal, ReportIntake intake, TriageChannel triage, ReporterNotices notices,
                     UserLocales locales, Texts texts, StoreWithinAck store, @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.intake = intake;
        this.triage = triage;
        this.notices = notices;
        this.locales = locales;
        this.texts = texts;
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(ReportModal.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            Locale locale = locales.now(user);
            ReportModal.Read read = modal.read(view.getState(), locale, "view:" + view.getId(), user);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            var stored = store.attempt(() -> intake.submit(read.submission()));
            if (stored.failed()) {
                log.error("Could not store a report from {}", user, stored.failure());
                return ctx.ack(r -> r.responseAction("errors")
                        .errors(Map.of("what", texts.get(locale, "error.not-recorded"))));
            }
            if (stored.late()) {
                stored.later().whenCompleteAsync((report, failure) -> {
                    if (failure == null) {
                        afterAck(report);
                    } else {
                        log.error("A report from {} was not recorded", user, failure);
                        notices.notRecorded(user, read.submission().description());
                    }
                }, work);
                return ctx.ack(r -> r.responseAction("update").view(modal.recording(locale)));
            }
            work.execute(() -> afterAck(stored.value()));
            return ctx.ack(r -> r.responseAction("update").view(modal.received(locale, stored.value())));
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
            log.error("{} is stored but not yet posted to the triage channel; recovery will post it", report.id(), e);
        }
    }
}
