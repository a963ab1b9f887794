package org.csirtbot.report.slack;

import java.util.concurrent.Executor;

import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;

/** {@code /report [text]}: anyone opens the report form, with what they typed already filled in. */
@SlackComponent
class ReportSlashCommand implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(ReportSlashCommand.class);

    private final SlackGateway slack;
    private final ReportModal modal;
    private final UserLocales locales;
    private final Executor work;

    ReportSlashCommand(SlackGateway slack, ReportModal modal, UserLocales locales,
                       @Qualifier("slackViews") Executor work) {
        this.slack = slack;
        this.modal = modal;
        this.locales = locales;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.command("/report", (req, ctx) -> {
            String user = req.getPayload().getUserId();
            String trigger = req.getPayload().getTriggerId();
            String text = Mrkdwn.unescape(req.getPayload().getText());
            work.execute(() -> {
                try {
                    slack.openView(trigger, modal.form(locales.now(user), text));
                } catch (RuntimeException e) {
                    log.error("Could not open the report form for {}", user, e);
                }
            });
            return ctx.ack();
        });
    }
}
