package org.csirtbot.slack;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.csirtbot.incident.CsirtAction;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;

/** {@code /incident <subcommand>} for responders: {@code declare [title]} and {@code help}. */
@SlackComponent
class IncidentSlashCommand implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(IncidentSlashCommand.class);

    private final SlackGateway slack;
    private final DeclareModal modal;
    private final Permissions permissions;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor views;

    IncidentSlashCommand(SlackGateway slack, DeclareModal modal, Permissions permissions, UserLocales locales,
                         Texts texts, @Qualifier("slackViews") Executor views) {
        this.slack = slack;
        this.modal = modal;
        this.permissions = permissions;
        this.locales = locales;
        this.texts = texts;
        this.views = views;
    }

    @Override
    public void register(App app) {
        app.command("/incident", (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String text = Mrkdwn.unescape(req.getPayload().getText()).strip();
            String subcommand = text.split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
            String argument = text.length() > subcommand.length() ? text.substring(subcommand.length()).strip() : "";
            Locale locale = locales.now(user);
            if (!"declare".equals(subcommand)) {
                return ctx.ack(help(locale, subcommand));
            }
            String refusal = permissions.refusal(user, CsirtAction.DECLARE, null, locale);
            if (refusal != null) {
                return ctx.ack(refusal);
            }
            String trigger = req.getPayload().getTriggerId();
            views.execute(() -> {
                try {
                    slack.openView(trigger, modal.form(locales.of(user), argument, null, TriageContext.none()));
                } catch (RuntimeException e) {
                    log.error("Could not open the declare form for {}", user, e);
                }
            });
            return ctx.ack();
        });
    }

    private String help(Locale locale, String subcommand) {
        String help = texts.get(locale, "incident.help");
        if (subcommand.isEmpty() || "help".equals(subcommand)) {
            return help;
        }
        return texts.get(locale, "incident.unknown", Mrkdwn.escapeAndCut(subcommand, 50)) + "\n" + help;
    }
}
