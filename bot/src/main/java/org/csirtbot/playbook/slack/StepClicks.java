package org.csirtbot.playbook.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.slack.ButtonClick;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.handler.builtin.BlockActionHandler;

/**
 * Clicks on a step's buttons: finds the run, step and incident a button is for, works out the answer off Bolt's
 * thread and tells it to the person privately; a button of a run or step that is gone says so.
 */
class StepClicks {

    private static final Logger log = LoggerFactory.getLogger(StepClicks.class);

    private final SlackGateway slack;
    private final PlaybookRuns runs;
    private final Incidents incidents;
    private final PlaybookWords words;
    private final UserLocales locales;

    StepClicks(SlackGateway slack, PlaybookRuns runs, Incidents incidents, PlaybookWords words, UserLocales locales) {
        this.slack = slack;
        this.runs = runs;
        this.incidents = incidents;
        this.words = words;
        this.locales = locales;
    }

    /** A click on a step's button: who, where, which run and step, the trigger for a form. */
    record Click(String user, String channel, String trigger, Locale locale, PlaybookRun run, Incident incident, Step step) {
        Click in(Locale other) {
            return new Click(user, channel, trigger, other, run, incident, step);
        }
    }

    /**
     * A form opens in the language known now (its trigger does not wait for Slack), on {@code views}, the pool kept
     * for opening forms; a click that opens none is done on {@code work} and answered in the person's language, which
     * Slack may take a moment to tell the first time.
     */
    BlockActionHandler handler(Executor views, Executor work, Predicate<Click> opensForm, Function<Click, String> answer) {
        return (req, ctx) -> {
            ButtonClick b = ButtonClick.of(req.getPayload());
            views.execute(() -> {
                Locale locale = locales.now(b.user());
                try {
                    Optional<Click> click = click(b, locale);
                    String refusal = click.isEmpty() ? words.texts().get(locale, "playbook.gone")
                            : !whereItLives(click.get()) ? elsewhere(click.get(), locale) : null;
                    // the work's answer is null when it applied: the step's messages show it
                    if (refusal != null || opensForm.test(click.get())) {
                        act(b, locale, () -> refusal != null ? refusal : answer.apply(click.get()));
                    } else {
                        work.execute(() -> act(b, locale, () -> answer.apply(click.get().in(locales.of(b.user())))));
                    }
                } catch (RuntimeException e) {
                    failed(b, locale, e);
                }
            });
            return ctx.ack();
        };
    }

    private void act(ButtonClick b, Locale locale, Supplier<String> answer) {
        try {
            tell(b.channel(), b.user(), answer.get());
        } catch (RuntimeException e) {
            failed(b, locale, e);
        }
    }

    private void failed(ButtonClick b, Locale locale, RuntimeException e) {
        log.error("Playbook click on {} by {} failed", b.value(), b.user(), e);
        tell(b.channel(), b.user(), words.texts().get(locale, "error.not-recorded"));
    }

    private Optional<Click> click(ButtonClick b, Locale locale) {
        return StepRef.parse(b.value()).flatMap(ref -> runs.find(ref.runId()).flatMap(run -> run.playbook()
                .step(ref.step()).flatMap(step -> incidents.find(run.incidentId())
                        .map(incident -> new Click(b.user(), b.channel(), b.trigger(), locale, run, incident, step)))));
    }

    /**
     * Whether the click came from where the step's button lives: the incident's room, or a conversation the run
     * posted the step to (an approver's direct messages); a button of one incident copied elsewhere does nothing.
     */
    static boolean whereItLives(Click c) {
        return Permissions.isRoom(c.channel(), c.incident()) || c.run().messages(c.step().id(), c.run().round(c.step().id()))
                .stream().anyMatch(m -> m.channel() != null && m.channel().equals(c.channel()));
    }

    /** Why a button clicked elsewhere does nothing: it works only where it lives, the incident's new room if it moved. */
    private String elsewhere(Click c, Locale locale) {
        return incidents.movedFrom(c.channel()).filter(moved -> moved.id().equals(c.incident().id()))
                .map(moved -> words.texts().get(locale, "playbook.step.moved", moved.room().channelId()))
                .orElseGet(() -> words.texts().get(locale, "playbook.elsewhere"));
    }

    /** Tells the person privately, when there is something to tell; logs rather than throws. */
    void tell(String channel, String user, String text) {
        if (text != null && channel != null) {
            try {
                slack.postEphemeral(channel, user, text);
            } catch (RuntimeException e) {
                log.warn("Could not tell {} in {}: {}", user, channel, e.toString());
            }
        }
    }
}
