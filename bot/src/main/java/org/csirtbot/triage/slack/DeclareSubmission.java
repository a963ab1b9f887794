package org.csirtbot.triage.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.incident.DeclareIncident;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.ReportAlreadyHandled;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.slack.FormSubmission;
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

/**
 * A submitted declare form: only responders may declare; the incident is recorded before Slack is
 * answered (so nobody is told of an incident that was not stored), then its room is opened.
 */
@SlackComponent
class DeclareSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(DeclareSubmission.class);

    private final DeclareModal modal;
    private final IncidentDeclaration declaration;
    private final Permissions permissions;
    private final DeclarationFollowUp followUp;
    private final UserLocales locales;
    private final Texts texts;
    private final StoreWithinAck store;
    private final Executor work;

    DeclareSubmission(DeclareModal modal, IncidentDeclaration declaration, Permissions permissions,
                      DeclarationFollowUp followUp, UserLocales locales, Texts texts, StoreWithinAck store,
                      @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.declaration = declaration;
        this.permissions = permissions;
        this.followUp = followUp;
        this.locales = locales;
        this.texts = texts;
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(DeclareModal.CALLBACK, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            String refusal = permissions.refusal(user, CsirtAction.DECLARE, null, locale);
            if (refusal != null) {
                return error(ctx, refusal);
            }
            TriageContext context = TriageContext.fromMetadata(view.getPrivateMetadata());
            String key = context.fromReport() ? DeclareIncident.keyForReport(context.reportId()) : "view:" + view.getId();
            DeclareModal.Read read = modal.read(view.getState(), locale, key, user, context);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            var recorded = store.attempt(() -> declaration.declare(read.declaration()));
            if (recorded.failed()) {
                return error(ctx, explain(recorded.failure(), user, locale));
            }
            if (recorded.late()) {
                recorded.later().whenCompleteAsync((declared, failure) -> {
                    if (failure == null) {
                        followUp.run(declared, user, locale, context);
                    } else {
                        followUp.notRecorded(user, explain(failure, user, locale));
                    }
                }, work);
            } else {
                work.execute(() -> followUp.run(recorded.value(), user, locale, context));
            }
            return ctx.ack();
        }));
    }

    private String explain(Throwable failure, String user, Locale locale) {
        Throwable cause = failure instanceof java.util.concurrent.CompletionException ? failure.getCause() : failure;
        if (cause instanceof ReportAlreadyHandled handled) {
            return AlreadyHandled.text(texts, locale, handled.report().id(), handled.report().status());
        }
        if (cause instanceof IllegalArgumentException) {
            return texts.get(locale, "error.not-found", "?");
        }
        log.error("Could not record a declaration by {}", user, cause);
        return texts.get(locale, "error.not-recorded");
    }

    private static Response error(ViewSubmissionContext ctx, String message) {
        return ctx.ack(r -> r.responseAction("errors").errors(Map.of("title", message)));
    }
}
