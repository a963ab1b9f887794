package org.csirtbot.triage.slack;

import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.csirtbot.campaigns.CampaignTriage;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportGrouping.Grouped;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.CsirtbotProperties;
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
import com.slack.api.bolt.handler.builtin.BlockActionHandler;

/**
 * The triage buttons on a report: open an incident, attach to an open incident, not an incident, and (grouping set to
 * suggest) group with what it looks like. Each but the last opens its form for a responder, on the report's own message in triage only; anyone else is told, privately,
 * that triage is for responders.
 */
@SlackComponent
class TriageActions implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(TriageActions.class);
    /** A button's value is the bot's report ID, unless forged: shown escaped and at most this long. */
    private static final int REPORT_ID_SHOWN_MAX = 100;

    private final SlackGateway slack;
    private final ReportIntake intake;
    private final Permissions permissions;
    private final TriageForms forms;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;
    private final String triageChannel;
    private final CampaignTriage campaigns;
    private final TriageChannel triage;

    TriageActions(SlackGateway slack, ReportIntake intake, Permissions permissions, TriageForms forms,
                  UserLocales locales, Texts texts, @Qualifier("slackViews") Executor work,
                  CsirtbotProperties properties, CampaignTriage campaigns, TriageChannel triage) {
        this.slack = slack;
        this.intake = intake;
        this.permissions = permissions;
        this.forms = forms;
        this.locales = locales;
        this.texts = texts;
        this.work = work;
        this.triageChannel = properties.triageChannel();
        this.campaigns = campaigns;
        this.triage = triage;
    }

    @Override
    public void register(App app) {
        app.blockAction(TriageMessage.DECLARE, handler(form(forms::declare)));
        app.blockAction(TriageMessage.ATTACH, handler(form(forms::attach)));
        app.blockAction(TriageMessage.DISMISS, handler(form(forms::dismiss)));
        app.blockAction(TriageMessage.GROUP, handler((user, trigger, locale, report, context, whisper) ->
                group(user, locale, report, whisper)));
    }

    private static OnOpenReport form(FormOpener opener) {
        return (user, trigger, locale, report, context, whisper) -> opener.open(trigger, locale, report, context,
                whisper);
    }

    private BlockActionHandler handler(OnOpenReport action) {
        return (req, ctx) -> {
            var payload = req.getPayload();
            String user = payload.getUser().getId();
            String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
            String ts = payload.getMessage() == null ? null : payload.getMessage().getTs();
            String reportId = payload.getActions().get(0).getValue();
            String trigger = payload.getTriggerId();
            try {
                work.execute(() -> {
                    Locale locale = locales.now(user);
                    Consumer<String> whisper = text -> slack.postEphemeral(channel, user, text);
                    try {
                        Report report = openReportOnItsPost(user, channel, reportId, locale, whisper);
                        if (report != null) {
                            action.on(user, trigger, locale, report, new TriageContext(reportId, channel, ts),
                                    whisper);
                        }
                    } catch (RuntimeException e) {
                        log.error("Triage action on {} by {} failed", reportId, user, e);
                    }
                });
            } catch (RejectedExecutionException busy) {
                // acknowledged all the same (HTTP 500 would make Slack count a failure); clicking again works
                log.warn("Too many forms opening at once: the triage click on {} by {} was dropped", reportId, user);
            }
            return ctx.ack();
        };
    }

    /** The open report a button acts on, or null when the clicker was told why not. */
    private Report openReportOnItsPost(String user, String channel, String reportId, Locale locale,
                                       Consumer<String> whisper) {
        String refusal = permissions.refusal(user, CsirtAction.TRIAGE, null, locale);
        if (refusal != null) {
            whisper.accept(refusal);
            return null;
        }
        Report report = reportId == null ? null : intake.find(reportId).orElse(null);
        // a report's buttons act only on its own triage message (in the triage channel while Slack has not yet said
        // where its post went)
        String home = report == null || report.triageChannel() == null ? triageChannel : report.triageChannel();
        if (report != null && !Objects.equals(home, channel)) {
            whisper.accept(texts.get(locale, "triage.elsewhere"));
            return null;
        }
        if (report == null || !report.isOpen()) {
            whisper.accept(AlreadyHandled.text(texts, locale, Mrkdwn.escapeAndCut(reportId, REPORT_ID_SHOWN_MAX),
                    report == null ? null : report.status()));
            return null;
        }
        return report;
    }

    /** Group (suggest mode): the report joins what it looks like, as automatic grouping would, and its post says so. */
    private void group(String user, Locale locale, Report report, Consumer<String> whisper) {
        Grouped grouped = campaigns.takeSuggestion(report.id(), user);
        Report now = intake.find(report.id()).orElse(report);
        switch (grouped.kind()) {
            case CAMPAIGN -> triage.showOutcome(now, texts.get(triage.locale(), "triage.outcome.grouped-by",
                    grouped.into(), user));
            case INCIDENT -> triage.showOutcome(now, texts.get(triage.locale(), "triage.outcome.attached",
                    grouped.into(), user));
            default -> whisper.accept(texts.get(locale, "triage.group.gone", report.id()));
        }
    }

    /** What a button does with the open report it is on, once the clicker may triage it. */
    @FunctionalInterface
    private interface OnOpenReport {
        void on(String user, String trigger, Locale locale, Report report, TriageContext context,
                Consumer<String> whisper);
    }

    @FunctionalInterface
    interface FormOpener {
        void open(String triggerId, Locale locale, Report report, TriageContext context, Consumer<String> whisper);
    }
}
