package org.csirtbot.slack;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.ReportAlreadyHandled;
import org.csirtbot.incident.ResponderDirectory;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;

/** Submitted attach and not-an-incident forms: recorded first, then the reporter and triage are told. */
@SlackComponent
class TriageSubmissions implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(TriageSubmissions.class);

    private final ReportIntake intake;
    private final IncidentDeclaration declaration;
    private final ResponderDirectory responders;
    private final TriageChannel triage;
    private final ReporterNotices notices;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;

    TriageSubmissions(ReportIntake intake, IncidentDeclaration declaration, ResponderDirectory responders,
                      TriageChannel triage, ReporterNotices notices, UserLocales locales, Texts texts,
                      @Qualifier("slackWork") Executor work) {
        this.intake = intake;
        this.declaration = declaration;
        this.responders = responders;
        this.triage = triage;
        this.notices = notices;
        this.locales = locales;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(TriageModals.DISMISS, (req, ctx) -> handle(req, ctx, "reason", this::dismiss));
        app.viewSubmission(TriageModals.ATTACH, (req, ctx) -> handle(req, ctx, "incident", this::attach));
    }

    private Response handle(ViewSubmissionRequest req, ViewSubmissionContext ctx, String field, Decision decision) {
        String user = req.getPayload().getUser().getId();
        var view = req.getPayload().getView();
        Locale locale = locales.of(user);
        TriageContext context = TriageContext.fromMetadata(view.getPrivateMetadata());
        if (!responders.isResponder(user) || !context.fromReport()) {
            return errors(ctx, field, texts.get(locale, "triage.not-responder"));
        }
        String value = "reason".equals(field) ? ModalParts.text(view.getState(), field)
                : ModalParts.selected(view.getState(), field).orElse("");
        if (value.isEmpty() || value.length() > TriageModals.REASON_MAX) {
            return errors(ctx, field, value.isEmpty() ? texts.get(locale, "error.required")
                    : texts.get(locale, "error.too-long", TriageModals.REASON_MAX, value.length()));
        }
        try {
            if (intake.find(context.reportId()).isEmpty()) {
                return errors(ctx, field, texts.get(locale, "error.not-found", context.reportId()));
            }
            Optional<Report> done = decision.apply(context.reportId(), value, user);
            if (done.isEmpty()) {
                return errors(ctx, field, texts.get(locale, "triage.already-handled", context.reportId(), "closed"));
            }
            return ctx.ack();
        } catch (ReportAlreadyHandled e) {
            return errors(ctx, field, texts.get(locale, "triage.already-handled", e.report().id(),
                    e.report().status().code()));
        } catch (IllegalArgumentException e) {
            return errors(ctx, field, texts.get(locale, "error.not-found", value));
        } catch (DataAccessException e) {
            log.error("Could not record triage of {} by {}", context.reportId(), user, e);
            return errors(ctx, field, texts.get(locale, "error.not-recorded"));
        }
    }

    private Optional<Report> dismiss(String reportId, String reason, String user) {
        Optional<Report> report = intake.dismiss(reportId, reason, user);
        report.ifPresent(r -> work.execute(() -> {
            notices.dismissed(r);
            triage.showOutcome(r, texts.get(triage.locale(), "triage.outcome.dismissed", user,
                    Mrkdwn.escapeAndCut(reason, TriageModals.REASON_MAX)));
        }));
        return report;
    }

    private Optional<Report> attach(String reportId, String incidentId, String user) {
        declaration.attachReport(reportId, incidentId, user);
        Optional<Report> report = intake.find(reportId);
        report.ifPresent(r -> work.execute(() -> {
            notices.handledAs(r, incidentId);
            triage.showOutcome(r, texts.get(triage.locale(), "triage.outcome.attached", incidentId, user));
        }));
        return report;
    }

    private static Response errors(ViewSubmissionContext ctx, String field, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(field, message)));
    }

    @FunctionalInterface
    private interface Decision {
        Optional<Report> apply(String reportId, String value, String user);
    }
}
