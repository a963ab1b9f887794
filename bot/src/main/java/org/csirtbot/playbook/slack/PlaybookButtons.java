package org.csirtbot.playbook.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.RunActions;
import org.csirtbot.playbook.slack.StepClicks.Click;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.slack.ButtonClick;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.BlockActionHandler;
import com.slack.api.model.view.View;

/**
 * The buttons of playbook steps and suggestions. Complete (of a step without fields) and Approve act at once; Skip,
 * Choose, Reject and Complete of a step with fields first check that the person may (the matrix, then the engine's
 * role and state checks, nothing stored) and only then open the form. Whoever may not is told why, privately.
 */
@SlackComponent
class PlaybookButtons implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(PlaybookButtons.class);
    private static final Pattern START = Pattern.compile("^" + PlaybookSuggestions.START + "_.*");

    private final SlackGateway slack;
    private final PlaybookRuns runs;
    private final RunActions actions;
    private final Incidents incidents;
    private final Permissions permissions;
    private final PlaybookModals modals;
    private final PlaybookWords words;
    private final PlaybookSubcommand starts;
    private final UserLocales locales;
    private final Executor views;
    private final Executor work;
    private final StepClicks clicks;

    PlaybookButtons(SlackGateway slack, PlaybookRuns runs, RunActions actions, Incidents incidents,
                    Permissions permissions, PlaybookModals modals, PlaybookWords words, PlaybookSubcommand starts,
                    UserLocales locales, @Qualifier("slackViews") Executor views,
                    @Qualifier("slackWork") Executor work) {
        this.slack = slack;
        this.runs = runs;
        this.actions = actions;
        this.incidents = incidents;
        this.permissions = permissions;
        this.modals = modals;
        this.words = words;
        this.starts = starts;
        this.locales = locales;
        this.views = views;
        this.work = work;
        this.clicks = new StepClicks(slack, runs, incidents, words, locales);
    }

    @Override
    public void register(App app) {
        app.blockAction(StepMessages.COMPLETE, clicks.handler(views, work, c -> c.step().fields().findAny().isPresent(),
                this::complete));
        // acts at once, opening no form: on the work threads, so forms never wait behind it
        app.blockAction(StepMessages.APPROVE, clicks.handler(work, work, c -> false,
                c -> act(c, a -> new Action.Approve(a, c.step().id(), null))));
        app.blockAction(StepMessages.SKIP, handler(c -> form(c, a -> new Action.Skip(a, c.step().id(), "?"),
                () -> modals.reason(c.locale(), c.run(), c.step(), PlaybookModals.SKIP))));
        app.blockAction(StepMessages.REJECT, handler(c -> form(c, a -> new Action.Reject(a, c.step().id(), "?"),
                () -> modals.reason(c.locale(), c.run(), c.step(), PlaybookModals.REJECT))));
        app.blockAction(StepMessages.CHOOSE, handler(c -> form(c, a -> new Action.Choose(a, c.step().id(),
                firstOption(c.step()), "?", Map.of()), () -> modals.decision(c.locale(), c.run(), c.step()))));
        app.blockAction(StepMessages.INPUTS, inputsHandler());
        app.blockAction(START, (req, ctx) -> {
            ButtonClick click = ButtonClick.of(req.getPayload());
            work.execute(() -> clicks.tell(click.channel(), click.user(), start(click, locales.of(click.user()))));
            return ctx.ack();
        });
    }

    /** Give the inputs: the form of the playbook's inputs, for whoever may work the run's steps. */
    private BlockActionHandler inputsHandler() {
        return (req, ctx) -> {
            ButtonClick b = ButtonClick.of(req.getPayload());
            views.execute(() -> {
                Locale locale = locales.now(b.user());
                try {
                    var run = StepRef.parse(b.value()).flatMap(ref -> runs.find(ref.runId()));
                    var incident = run.flatMap(r -> incidents.find(r.incidentId()));
                    String refusal = incident.isEmpty() ? words.texts().get(locale, "playbook.gone")
                            : !Permissions.isRoom(b.channel(), incident.get()) ? words.texts().get(locale, "playbook.elsewhere")
                            : permissions.refusalIn(b.channel(), b.user(), CsirtAction.WORK_PLAYBOOK, incident.get(), locale);
                    if (refusal == null) {
                        slack.openView(b.trigger(), modals.inputs(locale, run.get()));
                    }
                    clicks.tell(b.channel(), b.user(), refusal);
                } catch (RuntimeException e) {
                    log.error("Playbook inputs click on {} by {} failed", b.value(), b.user(), e);
                }
            });
            return ctx.ack();
        };
    }

    private BlockActionHandler handler(Function<Click, String> answer) {
        return clicks.handler(views, work, c -> true, answer);
    }

    private String complete(Click c) {
        if (c.step().fields().findAny().isEmpty()) {
            return act(c, a -> new Action.Complete(a, c.step().id(), Map.of()));
        }
        return form(c, a -> new Action.Complete(a, c.step().id(), Map.of()), () -> modals.fields(c.locale(), c.run(), c.step()));
    }

    /** Acts at once; null when it applied (the step's message shows it), else what to tell the person. */
    private String act(Click c, Function<Actor, Action> action) {
        String refusal = permissions.refusalIn(c.channel(), c.user(), CsirtAction.WORK_PLAYBOOK, c.incident(), c.locale());
        return refusal != null ? refusal : words.outcome(c.locale(), c.incident(), actions.act(c.run().id(), c.user(), action));
    }

    /** Opens the form if the person may act on the step now; else what to tell them. */
    private String form(Click c, Function<Actor, Action> probe, Supplier<View> form) {
        String refusal = permissions.refusalIn(c.channel(), c.user(), CsirtAction.WORK_PLAYBOOK, c.incident(), c.locale());
        if (refusal != null) {
            return refusal;
        }
        var blocking = actions.wouldRefuse(c.run().id(), c.user(), probe).filter(r -> !PlaybookWords.FORM_REFUSALS
                .contains(r.reason()));
        if (blocking.isPresent()) {
            return words.refusal(c.locale(), c.incident(), c.run(), blocking.get());
        }
        slack.openView(c.trigger(), form.get());
        return null;
    }

    private String start(ButtonClick click, Locale locale) {
        var ref = StepRef.parse(click.value());
        Incident incident = ref.flatMap(r -> incidents.find(r.runId())).orElse(null);
        if (incident == null) {
            return words.texts().get(locale, "playbook.gone");
        }
        String refusal = !Permissions.isRoom(click.channel(), incident) ? words.texts().get(locale, "playbook.elsewhere")
                : permissions.refusalIn(click.channel(), click.user(), CsirtAction.RUN_PLAYBOOK, incident, locale);
        return refusal != null ? refusal : starts.start(incident, ref.get().step(), click.user(), locale);
    }

    /**
     * An option anyone who may work the step may choose, to ask the engine about the click; none for a step that is no
     * decision (a forged or stale button), which the engine then refuses.
     */
    private static String firstOption(Step step) {
        if (step.decision() == null) {
            return "";
        }
        var options = step.decision().options();
        return options.stream().filter(o -> o.requiresRole() == null).findFirst().or(() -> options.stream().findFirst())
                .map(o -> o.id()).orElse("");
    }
}
