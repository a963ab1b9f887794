package org.csirtbot.report.slack;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;

/**
 * {@code /report [text]}: anyone opens the report form, with what they typed already filled in. When so many forms are
 * opening that no more can wait (views.open is Tier 4), the person is told at once to try again, rather than Slack
 * being answered HTTP 500 (issue 16's ack benchmark, from 100 requests a second).
 */
@SlackComponent
class ReportSlashCommand implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(ReportSlashCommand.class);

    private final SlackGateway slack;
    private final ReportModal modal;
    private final UserLocales locales;
    private final Executor work;
    private final Texts texts;

    ReportSlashCommand(SlackGateway slack, ReportModal modal, UserLocales locales,
                       @Qualifier("slackViews") Executor work, Texts texts) {
        this.slack = slack;
        this.modal = modal;
        this.locales = locales;
        this.work = work;
        this.texts = texts;
    }

    @Override
    public void register(App app) {
        app.command("/report", (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String trigger = req.getPayload().getTriggerId();
            String text = Mrkdwn.unescape(req.getPayload().getText());
            try {
                work.execute(() -> {
                    try {
                        slack.openView(trigger, modal.form(locales.now(user), text));
                    } catch (RuntimeException e) {
                        log.error("Could not open the report form for {}", user, e);
                    }
                });
            } catch (RejectedExecutionException busy) {
                log.warn("Too many forms opening at once: /report by {} told to try again", user);
                return ctx.ack(texts.get(locales.now(user), "report.form.busy"));
            }
            return ctx.ack();
        });
    }
}
