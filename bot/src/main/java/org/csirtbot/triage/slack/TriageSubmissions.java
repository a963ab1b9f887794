package org.csirtbot.triage.slack;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.csirtbot.campaigns.CampaignTriage;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.ReportAlreadyHandled;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.model.view.View;

/** Submitted attach and not-an-incident forms: recorded first, then the reporter and triage are told. */
@SlackComponent
class TriageSubmissions implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(TriageSubmissions.class);

    private final CampaignTriage campaigns;
    private final ReportIntake intake;
    private final IncidentDeclaration declaration;
    private final Permissions permissions;
    private final Incidents incidents;
    private final StoreWithinAck store;
    private final TriageChannel triage;
    private final ReporterNotices notices;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;

    TriageSubmissions(ReportIntake intake, IncidentDeclaration declaration, Permissions permissions,
                      Incidents incidents, StoreWithinAck store, TriageChannel triage, ReporterNotices notices,
                      UserLocales locales, Texts texts, @Qualifier("slackWork") Executor work,
                      CampaignTriage campaigns) {
        this.campaigns = campaigns;
        this.intake = intake;
        this.declaration = declaration;
        this.permissions = permissions;
        this.incidents = incidents;
        this.store = store;
        this.triage = triage;
        this.notices = notices;
        this.locales = locales;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(TriageModals.DISMISS, FormSubmission.handler(locales,
                (user, view, locale, ctx) -> handle(user, view, locale, ctx, "reason", this::dismiss)));
        app.viewSubmission(TriageModals.ATTACH, FormSubmission.handler(locales,
                (user, view, locale, ctx) -> handle(user, view, locale, ctx, "incident", this::attach)));
    }

    private Response handle(String user, View view, Locale locale, ViewSubmissionContext ctx, String field,
                            Decision decision) {
        TriageContext context = TriageContext.fromMetadata(view.getPrivateMetadata());
        String value = "reason".equals(field) ? ModalParts.text(view.getState(), field)
                : ModalParts.selected(view.getState(), field).orElse("");
        String refusal = permissions.refusal(user, CsirtAction.TRIAGE, null, locale);
        if (refusal != null || !context.fromReport()) {
            return errors(ctx, field, refusal != null ? refusal : texts.get(locale, "triage.not-responder"));
        }
        if (value.isEmpty() || value.length() > TriageModals.REASON_MAX) {
            return errors(ctx, field, value.isEmpty() ? texts.get(locale, "error.required")
                    : texts.get(locale, "error.too-long", TriageModals.REASON_MAX, value.length()));
        }
        var recorded = store.attempt(() -> {
            if (intake.find(context.reportId()).isEmpty()) {
                throw new Missing(context.reportId());
            }
            if ("incident".equals(field)) {
                // the incident is read here, within the store's time budget, not before it
                String closed = incidents.find(value)
                        .map(incident -> permissions.refusal(user, CsirtAction.TRIAGE, incident, locale)).orElse(null);
                if (closed != null) {
                    throw new Refused(closed);
                }
            }
            return decision.apply(context.reportId(), value, user);
        });
        if (recorded.late()) {
            recorded.later().exceptionally(failure -> {
                log.error("Triage of {} by {} was not recorded", context.reportId(), user, failure);
                return null;
            });
            return ctx.ack();
        }
        if (!recorded.failed()) {
            return recorded.value().isPresent() ? ctx.ack()
                    : errors(ctx, field, AlreadyHandled.text(texts, locale, context.reportId(), null));
        }
        return errors(ctx, field, explain(recorded.failure(), value, locale, context.reportId(), user));
    }

    private String explain(Throwable failure, String value, Locale locale, String reportId, String user) {
        if (failure instanceof Refused refused) {
            return refused.getMessage();
        }
        if (failure instanceof ReportAlreadyHandled e) {
            return AlreadyHandled.text(texts, locale, e.report().id(), e.report().status());
        }
        if (failure instanceof Missing missing) {
            return texts.get(locale, "error.not-found", Mrkdwn.escapeAndCut(missing.id, 50));
        }
        if (failure instanceof IllegalArgumentException) {
            return texts.get(locale, "error.not-found", Mrkdwn.escapeAndCut(value, 50));
        }
        log.error("Could not record triage of {} by {}", reportId, user, failure);
        return texts.get(locale, "error.not-recorded");
    }

    private Optional<Report> dismiss(String reportId, String reason, String user) {
        Optional<Report> report = intake.dismiss(reportId, reason, user);
        report.ifPresent(r -> work.execute(() -> {
            notices.dismissed(r);
            if (r.campaignId() != null) {
                campaigns.dismissed(r, reason, user); // its message is the campaign's: shown there
            } else {
                triage.showOutcome(r, texts.get(triage.locale(), "triage.outcome.dismissed", user,
                        Mrkdwn.escapeAndCut(reason, TriageModals.REASON_MAX)));
            }
        }));
        return report;
    }

    private Optional<Report> attach(String reportId, String incidentId, String user) {
        declaration.attachReport(reportId, incidentId, user);
        Optional<Report> report = intake.find(reportId);
        report.ifPresent(r -> work.execute(() -> {
            notices.handledAs(r, incidentId);
            if (r.campaignId() != null) {
                campaigns.attached(r, incidentId, user); // its message is the campaign's: shown there
            } else {
                triage.showOutcome(r, texts.get(triage.locale(), "triage.outcome.attached", incidentId, user));
            }
        }));
        return report;
    }

    private static Response errors(ViewSubmissionContext ctx, String field, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of(field, message)));
    }

    /** The matrix refuses the decision for the incident named (a closed one); the message says why. */
    private static final class Refused extends RuntimeException {
        Refused(String why) {
            super(why, null, false, false);
        }
    }

    /** The report a triage form names does not exist (a forged or stale form). */
    private static final class Missing extends RuntimeException {
        private final String id;

        Missing(String id) {
            super("no report " + id, null, false, false);
            this.id = id;
        }
    }

    @FunctionalInterface
    private interface Decision {
        Optional<Report> apply(String reportId, String value, String user);
    }
}
