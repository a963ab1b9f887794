package org.csirtbot.triage.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;

import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.intake.AdvisoryStatus;
import org.csirtbot.intake.Intake;
import org.csirtbot.intake.IntakeItem;
import org.csirtbot.intake.IntakeKind;
import org.csirtbot.report.Report;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.ModalParts;
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
 * The buttons on an advisory in triage, for responders only (as triage's): Not affected (asks why), Checking, and
 * Open incident, which opens triage's declare form for a report made from the advisory; the incident it declares
 * marks the advisory. Who answered is recorded with the answer and shown on the message.
 */
@SlackComponent
class AdvisoryActions implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(AdvisoryActions.class);
    private static final int ID_SHOWN_MAX = 100;

    private final SlackGateway slack;
    private final Intake intake;
    private final AdvisoryMessage message;
    private final AdvisoryBoard board;
    private final TriageForms forms;
    private final Permissions permissions;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;

    AdvisoryActions(SlackGateway slack, Intake intake, AdvisoryMessage message, AdvisoryBoard board, TriageForms forms,
                    Permissions permissions, UserLocales locales, Texts texts,
                    @Qualifier("slackViews") Executor work) {
        this.slack = slack;
        this.intake = intake;
        this.message = message;
        this.board = board;
        this.forms = forms;
        this.permissions = permissions;
        this.locales = locales;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.blockAction(AdvisoryMessage.NOT_AFFECTED, handler((trigger, user, locale, advisory, whisper) ->
                slack.openView(trigger, message.reasonForm(locale, advisory))));
        app.blockAction(AdvisoryMessage.CHECKING, handler((trigger, user, locale, advisory, whisper) ->
                intake.decide(advisory.id(), AdvisoryStatus.CHECKING, user, null).ifPresentOrElse(board::show,
                        () -> whisper.accept(texts.get(locale, "advisory.decided", advisory.id())))));
        app.blockAction(AdvisoryMessage.INCIDENT, handler((trigger, user, locale, advisory, whisper) -> {
            Report report = intake.reportForIncident(advisory);
            forms.declare(trigger, locale, report, new TriageContext(report.id(), advisory.channel(), advisory.ts()),
                    whisper);
        }));
        app.viewSubmission(AdvisoryMessage.REASON_FORM, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            String refusal = permissions.refusal(user, CsirtAction.TRIAGE, null, locale);
            String reason = ModalParts.text(view.getState(), "reason");
            if (refusal != null || reason.isEmpty() || reason.length() > TriageModals.REASON_MAX) {
                String error = refusal != null ? refusal : reason.isEmpty() ? texts.get(locale, "error.required")
                        : texts.get(locale, "error.too-long", TriageModals.REASON_MAX, reason.length());
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of("reason", error)));
            }
            var decided = intake.decide(view.getPrivateMetadata(), AdvisoryStatus.NOT_AFFECTED, user, reason);
            if (decided.isEmpty()) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of("reason",
                        texts.get(locale, "advisory.decided", view.getPrivateMetadata()))));
            }
            work.execute(() -> board.show(decided.get()));
            return ctx.ack();
        }));
    }

    private BlockActionHandler handler(OnAdvisory action) {
        return (req, ctx) -> {
            var payload = req.getPayload();
            String user = payload.getUser().getId();
            String channel = payload.getChannel() == null ? null : payload.getChannel().getId();
            String id = payload.getActions().get(0).getValue();
            String trigger = payload.getTriggerId();
            try {
                work.execute(() -> {
                    Locale locale = locales.now(user);
                    Consumer<String> whisper = text -> slack.postEphemeral(channel, user, text);
                    try {
                        String refusal = permissions.refusal(user, CsirtAction.TRIAGE, null, locale);
                        IntakeItem advisory = id == null ? null : intake.find(id)
                                .filter(i -> i.kind() == IntakeKind.ADVISORY).orElse(null);
                        if (refusal != null) {
                            whisper.accept(refusal);
                        } else if (advisory == null || advisory.status() == AdvisoryStatus.INCIDENT) {
                            whisper.accept(texts.get(locale, "advisory.decided", Mrkdwn.escapeAndCut(id, ID_SHOWN_MAX)));
                        } else {
                            action.on(trigger, user, locale, advisory, whisper);
                        }
                    } catch (RuntimeException e) {
                        log.error("Advisory action on {} by {} failed", id, user, e);
                    }
                });
            } catch (RejectedExecutionException busy) {
                log.warn("Too many forms opening at once: the click on advisory {} by {} was dropped", id, user);
            }
            return ctx.ack();
        };
    }

    /** What a button does with the advisory it is on, once the clicker may triage. */
    @FunctionalInterface
    private interface OnAdvisory {
        void on(String trigger, String user, Locale locale, IntakeItem advisory, Consumer<String> whisper);
    }
}
