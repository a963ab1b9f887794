package org.csirtbot.improvements.slack;

import java.util.Locale;
import java.util.concurrent.Executor;

import org.csirtbot.improvements.ImprovementStatus;
import org.csirtbot.improvements.Improvements;
import org.csirtbot.slack.ButtonClick;
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
 * The Done button on an improvement item's reminder: marks the item done as whoever clicked, if they may (its owner,
 * whoever recorded it, or a responder), and tells them privately what became of it, as the command would.
 */
@SlackComponent
class ImprovementButtons implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(ImprovementButtons.class);
    /** The Done button's action ID; its value is the item's ID. */
    static final String DONE = "improvement_done";

    private final Improvements improvements;
    private final ImprovementLines lines;
    private final SlackGateway slack;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor work;

    ImprovementButtons(Improvements improvements, ImprovementLines lines, SlackGateway slack, UserLocales locales,
                       Texts texts, @Qualifier("slackWork") Executor work) {
        this.improvements = improvements;
        this.lines = lines;
        this.slack = slack;
        this.locales = locales;
        this.texts = texts;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.blockAction(DONE, (req, ctx) -> {
            ButtonClick click = ButtonClick.of(req.getPayload());
            work.execute(() -> {
                Locale locale = locales.now(click.user());
                String id = Mrkdwn.escapeAndCut(String.valueOf(click.value()), 40);
                String answer;
                try {
                    answer = switch (improvements.change(String.valueOf(click.value()), ImprovementStatus.DONE,
                            click.user(), null)) {
                        case CHANGED -> texts.get(locale, "improve.changed", id, lines.status(ImprovementStatus.DONE, locale));
                        case UNCHANGED -> texts.get(locale, "improve.unchanged", id,
                                lines.status(ImprovementStatus.DONE, locale));
                        case NOT_FOUND -> texts.get(locale, "improve.not-found", id);
                        case NOT_ALLOWED -> texts.get(locale, "improve.not-allowed", id);
                        case CONTENDED -> texts.get(locale, "improve.contended", id);
                    };
                } catch (RuntimeException e) {
                    log.error("Marking {} done by {} failed", id, click.user(), e);
                    answer = texts.get(locale, "error.not-recorded");
                }
                slack.postEphemeral(click.channel(), click.user(), answer);
            });
            return ctx.ack();
        });
    }
}
