package org.csirtbot.report.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.csirtbot.report.Report;
import org.csirtbot.report.ReportGrouping;
import org.csirtbot.report.ReportGrouping.Grouped;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.report.ReportReceived;
import org.csirtbot.report.SubmitReport;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;

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
    private final DirectMessages messages;
    private final ApplicationEventPublisher events;
    private final UserLocales locales;
    private final Texts texts;
    private final StoreWithinAck store;
    private final Executor work;
    private final ReportGrouping grouping;
    private final ReporterDepartments departments;

    ReportSubmission(ReportModal modal, ReportIntake intake, DirectMessages messages, ApplicationEventPublisher events,
                     UserLocales locales, Texts texts, StoreWithinAck store, @Qualifier("slackWork") Executor work,
                     ReportGrouping grouping, ReporterDepartments departments) {
        this.grouping = grouping;
        this.departments = departments;
        this.modal = modal;
        this.intake = intake;
        this.messages = messages;
        this.events = events;
        this.locales = locales;
        this.texts = texts;
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(ReportModal.CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            ReportModal.Read read = modal.read(view.getState(), locale, "view:" + view.getId(), user,
                    departments.now(user));
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            // a Slack message reported from where it is came in the form's metadata: kept with the report as evidence
            SubmitReport submission = CapturedMessageMetadata.read(view.getPrivateMetadata())
                    .map(read.submission()::about).orElse(read.submission());
            var stored = store.attempt(() -> placed(intake.submit(submission)));
            if (stored.failed()) {
                log.error("Could not store a report from {}", user, stored.failure());
                return ctx.ack(r -> r.responseAction("errors")
                        .errors(Map.of("what", texts.get(locale, "error.not-recorded"))));
            }
            if (stored.late()) {
                stored.later().whenCompleteAsync((placed, failure) -> {
                    if (failure == null) {
                        toldLate(placed);
                        afterAck(placed);
                    } else {
                        log.error("A report from {} was not recorded", user, failure);
                        notRecorded(user, read.submission().description());
                    }
                }, work);
                return ctx.ack(r -> r.responseAction("update").view(modal.recording(locale)));
            }
            Placed placed = stored.value();
            if (placed.forTriage()) {
                afterAckLater(placed);
            }
            return ctx.ack(r -> r.responseAction("update").view(modal.received(locale, placed.report(),
                    placed.grouped())));
        }));
    }

    private Placed placed(Report report) {
        return new Placed(report, grouping.group(report));
    }

    /**
     * Only the reports triage must see are queued (in a wave, one in a hundred, not every one). When the work after
     * acknowledging is so far behind that its queue is full, the report is stored all the same: it is acknowledged, and
     * the recovery (every half minute) posts it.
     */
    private void afterAckLater(Placed placed) {
        try {
            work.execute(() -> afterAck(placed));
        } catch (RejectedExecutionException busy) {
            log.warn("{} is stored; the work after acknowledging is full, so the recovery will post it to triage",
                    placed.report().id());
        }
    }

    private void afterAck(Placed placed) {
        if (!placed.forTriage()) {
            return;
        }
        Grouped grouped = placed.grouped();
        events.publishEvent(new ReportReceived(placed.report(),
                grouped.kind() == ReportGrouping.Kind.SUGGESTED ? grouped.into() : null));
    }

    /**
     * The reporter was told the reference would follow: for a report triage shows, triage's notice says it; for one
     * that joined a campaign or an incident, or a drill, this message.
     */
    private void toldLate(Placed placed) {
        Report report = placed.report();
        if (placed.grouped().known() || placed.grouped().kind() == ReportGrouping.Kind.SIMULATION) {
            Locale locale = locales.of(report.reporterId());
            messages.send(report.reporterId(), SideEffectKey.of("reporter", report.id(), "received"),
                    modal.receivedText(locale, report, placed.grouped()));
        }
    }

    /** A stored report and what became of it. */
    record Placed(Report report, Grouped grouped) {

        /**
         * Whether triage must see it: not when its reporter was told at once it is known (a campaign, an incident), nor
         * for a drill, nor for a repeated delivery of a submission already posted.
         */
        boolean forTriage() {
            return report.triageTs() == null && !grouped.known() && grouped.kind() != ReportGrouping.Kind.SIMULATION;
        }
    }

    /** The report could not be stored: say so plainly, and give back what they wrote so nothing is lost. */
    private void notRecorded(String reporterId, String description) {
        Locale locale = locales.of(reporterId);
        messages.sendEvenIfStoreIsDown(reporterId, texts.get(locale, "reporter.not-recorded",
                Mrkdwn.escapeAndCut(description, 2500)));
    }
}
