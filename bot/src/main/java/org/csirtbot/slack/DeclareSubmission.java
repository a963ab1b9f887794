package org.csirtbot.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.incident.DeclareIncident;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.ReportAlreadyHandled;
import org.csirtbot.incident.ResponderDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DataAccessException;

import com.slack.api.bolt.App;

/**
 * A submitted declare form: only responders may declare; the incident is recorded before Slack is
 * answered (so nobody is told of an incident that was not stored), then its room is opened.
 */
@SlackComponent
class DeclareSubmission implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(DeclareSubmission.class);

    private final DeclareModal modal;
    private final IncidentDeclaration declaration;
    private final ResponderDirectory responders;
    private final DeclarationFollowUp followUp;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;

    DeclareSubmission(DeclareModal modal, IncidentDeclaration declaration, ResponderDirectory responders,
                      DeclarationFollowUp followUp, UserLocales locales, Texts texts,
                      @Qualifier("slackWork") Executor work) {
        this.modal = modal;
        this.declaration = declaration;
        this.responders = responders;
        this.followUp = followUp;
        this.locales = locales;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(DeclareModal.CALLBACK, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            var view = req.getPayload().getView();
            Locale locale = locales.of(user);
            if (!responders.isResponder(user)) {
                return ctx.ack(r -> r.responseAction("errors")
                        .errors(Map.of("title", texts.get(locale, "declare.not-responder"))));
            }
            TriageContext context = TriageContext.fromMetadata(view.getPrivateMetadata());
            String key = context.fromReport() ? DeclareIncident.keyForReport(context.reportId()) : "view:" + view.getId();
            DeclareModal.Read read = modal.read(view.getState(), locale, key, user, context);
            if (!read.valid()) {
                return ctx.ack(r -> r.responseAction("errors").errors(read.errors()));
            }
            IncidentDeclaration.Declared declared;
            try {
                declared = declaration.declare(read.declaration());
            } catch (ReportAlreadyHandled e) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of("title",
                        texts.get(locale, "triage.already-handled", e.report().id(), e.report().status().code()))));
            } catch (IllegalArgumentException e) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of("title",
                        texts.get(locale, "error.not-found", context.reportId()))));
            } catch (DataAccessException e) {
                log.error("Could not record a declaration by {}", user, e);
                return ctx.ack(r -> r.responseAction("errors")
                        .errors(Map.of("title", texts.get(locale, "error.not-recorded"))));
            }
            work.execute(() -> followUp.run(declared, user, locale, context));
            return ctx.ack();
        });
    }
}
