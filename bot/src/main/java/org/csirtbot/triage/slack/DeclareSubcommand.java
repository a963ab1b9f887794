package org.csirtbot.triage.slack;

import java.util.concurrent.Executor;

import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.slack.IncidentSubcommand;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/** {@code /incident declare [title]}: a responder opens the declare form, the title filled in. */
@SlackComponent
class DeclareSubcommand implements IncidentSubcommand {

    private static final Logger log = LoggerFactory.getLogger(DeclareSubcommand.class);

    private final SlackGateway slack;
    private final DeclareModal modal;
    private final Permissions permissions;
    private final UserLocales locales;
    private final Executor views;

    DeclareSubcommand(SlackGateway slack, DeclareModal modal, Permissions permissions, UserLocales locales,
                      @Qualifier("slackViews") Executor views) {
        this.slack = slack;
        this.modal = modal;
        this.permissions = permissions;
        this.locales = locales;
        this.views = views;
    }

    @Override
    public String name() {
        return "declare";
    }

    @Override
    public Response handle(Invocation invocation, SlashCommandContext ctx) {
        String refusal = permissions.refusal(invocation.userId(), CsirtAction.DECLARE, null, invocation.locale());
        if (refusal != null) {
            return ctx.ack(refusal);
        }
        views.execute(() -> {
            try {
                slack.openView(invocation.triggerId(), modal.form(locales.now(invocation.userId()),
                        invocation.argument(), null, TriageContext.none()));
            } catch (RuntimeException e) {
                log.error("Could not open the declare form for {}", invocation.userId(), e);
            }
        });
        return ctx.ack();
    }
}
