package org.csirtbot.report.slack;

import java.util.concurrent.Executor;

import org.csirtbot.report.CapturedMessage;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.bolt.App;
import com.slack.api.model.Message;

/**
 * The shortcuts "Report to CSIRT" (in the app's manifest): on a message it opens the report form filled from that
 * message ({@link MessageReportForms}); from anywhere else it opens the empty form, as {@code /report} does. Each is
 * acknowledged at once; the form opens on the views pool, within the trigger's three seconds.
 */
@SlackComponent
class ReportShortcuts implements SlackRoute {

    static final String MESSAGE = "report_message";
    static final String GLOBAL = "report_global";
    private static final Logger log = LoggerFactory.getLogger(ReportShortcuts.class);

    private final SlackGateway slack;
    private final ReportModal modal;
    private final MessageReportForms forms;
    private final UserLocales locales;
    private final Executor views;

    ReportShortcuts(SlackGateway slack, ReportModal modal, MessageReportForms forms, UserLocales locales,
                    @Qualifier("slackViews") Executor views) {
        this.slack = slack;
        this.modal = modal;
        this.forms = forms;
        this.locales = locales;
        this.views = views;
    }

    @Override
    public void register(App app) {
        app.messageShortcut(MESSAGE, (req, ctx) -> {
            MessageShortcutPayload payload = req.getPayload();
            String user = payload.getUser().getId();
            String trigger = payload.getTriggerId();
            CapturedMessage message = captured(payload);
            views.execute(() -> forms.open(trigger, user, message));
            return ctx.ack();
        });
        app.globalShortcut(GLOBAL, (req, ctx) -> {
            String user = req.getPayload().getUser().getId();
            String trigger = req.getPayload().getTriggerId();
            views.execute(() -> {
                try {
                    slack.openView(trigger, modal.form(locales.now(user), ""));
                } catch (RuntimeException e) {
                    log.error("Could not open the report form for {} from the shortcut", user, e);
                }
            });
            return ctx.ack();
        });
    }

    /** The message as the shortcut's payload has it; its link is asked of Slack as the form opens. */
    private static CapturedMessage captured(MessageShortcutPayload payload) {
        Message m = payload.getMessage();
        String ts = m != null && m.getTs() != null ? m.getTs() : payload.getMessageTs();
        String author = m == null ? null : m.getUser() != null ? m.getUser() : m.getBotId();
        return new CapturedMessage(payload.getChannel().getId(), author == null ? "" : author, ts, null,
                m == null ? "" : m.getText());
    }
}
