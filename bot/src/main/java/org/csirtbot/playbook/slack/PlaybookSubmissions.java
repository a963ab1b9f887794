package org.csirtbot.playbook.slack;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.RunActions;
import org.csirtbot.playbooks.engine.Action;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.UserLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.model.view.ViewState;

/**
 * A submitted step form: within the store's time budget, the matrix, then the engine applies it and it is stored and
 * logged; only then is Slack answered. A refused value is shown beside its field and nothing is stored; the room sees
 * the step done once it is.
 */
@SlackComponent
class PlaybookSubmissions implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(PlaybookSubmissions.class);

    private final RunActions actions;
    private final PlaybookRuns runs;
    private final Incidents incidents;
    private final Permissions permissions;
    private final PlaybookWords words;
    private final DirectMessages direct;
    private final UserLocales locales;
    private final StoreWithinAck store;
    private final Executor work;

    PlaybookSubmissions(RunActions actions, PlaybookRuns runs, Incidents incidents, Permissions permissions,
                        PlaybookWords words, DirectMessages direct, UserLocales locales, StoreWithinAck store,
                        @Qualifier("slackWork") Executor work) {
        this.actions = actions;
        this.runs = runs;
        this.incidents = incidents;
        this.permissions = permissions;
        this.words = words;
        this.direct = direct;
        this.locales = locales;
        this.store = store;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.viewSubmission(PlaybookModals.FIELDS, handler(step((step, state) -> a -> new Action.Complete(a, step.id(),
                PlaybookModals.values(state, step.fields().toList()))), false));
        app.viewSubmission(PlaybookModals.CHOOSE, handler(step((step, state) -> a -> new Action.Choose(a, step.id(),
                ModalParts.selected(state, PlaybookModals.OPTION).orElse(null),
                ModalParts.text(state, PlaybookModals.RATIONALE), PlaybookModals.values(state, step.fields().toList()))), false));
        app.viewSubmission(PlaybookModals.SKIP, handler(step((step, state) -> a -> new Action.Skip(a, step.id(),
                ModalParts.text(state, PlaybookModals.REASON))), false));
        // a rejection sent again is answered as the first was, and changes nothing (Slack may replay a submission)
        app.viewSubmission(PlaybookModals.REJECT, handler(step((step, state) -> a -> new Action.Reject(a, step.id(),
                ModalParts.text(state, PlaybookModals.REASON))), true));
        app.viewSubmission(PlaybookModals.INPUTS, handler((run, target, state) -> a -> new Action.ProvideInputs(a,
                PlaybookModals.values(state, run.playbook().inputs())), false));
    }

    /** The form's action, made from the run, what the form is about (a step's ID) and what it holds. */
    private interface FormAction {
        Function<Actor, Action> of(PlaybookRun run, String target, ViewState state);
    }

    /** A step's form: its action, or null when the run has no such step. */
    private static FormAction step(BiFunction<Step, ViewState, Function<Actor, Action>> action) {
        return (run, target, state) -> run.playbook().step(target).map(step -> action.apply(step, state)).orElse(null);
    }

    /** {@code doneWhenMovedOn}: a form whose step moved on since it opened was applied already; else it is refused. */
    private ViewSubmissionHandler handler(FormAction action, boolean doneWhenMovedOn) {
        return FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            String firstBlock = FormErrors.firstBlock(view);
            var submitted = store.attempt(() -> submit(view.getPrivateMetadata(), user, view.getState(), action,
                    doneWhenMovedOn, locale));
            if (submitted.failed()) {
                log.error("Could not record a playbook form of {} by {}", view.getPrivateMetadata(), user,
                        submitted.failure());
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(firstBlock,
                        words.texts().get(locale, "error.not-recorded"))));
            }
            if (submitted.late()) {
                submitted.later().whenCompleteAsync((errors, failure) -> {
                    if (failure != null || !errors.isEmpty()) {
                        direct.sendEvenIfStoreIsDown(user, failure != null ? words.texts().get(locale,
                                "playbook.not-recorded") : String.join("\n", errors.values()));
                    }
                }, work);
                return ctx.ack();
            }
            Map<String, String> errors = FormErrors.placed(submitted.value(), firstBlock, view.getState());
            return errors.isEmpty() ? ctx.ack() : ctx.ack(r -> r.responseAction("errors").errors(errors));
        });
    }

    /** Applies the form; the errors to show by field (empty when it applied). */
    private Map<String, String> submit(String metadata, String user, ViewState state, FormAction action,
                                       boolean doneWhenMovedOn, Locale locale) {
        var ref = StepRef.parse(FormRound.ref(metadata));
        PlaybookRun run = ref.flatMap(r -> runs.find(r.runId())).orElse(null);
        Function<Actor, Action> made = run == null ? null : action.of(run, ref.get().step(), state);
        Incident incident = run == null ? null : incidents.find(run.incidentId()).orElse(null);
        if (made == null || incident == null) {
            return Map.of(FormErrors.ANY, words.texts().get(locale, "playbook.gone"));
        }
        // the form opened only after a click where the step lives passed the check, and Slack shows it to that person only
        String refusal = permissions.refusalIn(incident.room() == null ? null : incident.room().channelId(), user,
                CsirtAction.WORK_PLAYBOOK, incident, locale);
        if (refusal != null) {
            return Map.of(FormErrors.ANY, refusal);
        }
        if (FormRound.parse(metadata).filter(opened -> !opened.equals(FormRound.of(run, ref.get().step()))).isPresent()) {
            return doneWhenMovedOn ? Map.of() : Map.of(FormErrors.ANY, words.texts().get(locale,
                    "playbook.refusal.STEP_NOT_READY", words.stepName(run.playbook(), ref.get().step(), locale)));
        }
        RunActions.Acted acted = actions.act(run.id(), user, made);
        String told = words.outcome(locale, incident, acted);
        if (told == null) {
            return Map.of();
        }
        return Map.of(acted.refusal() == null ? FormErrors.ANY : FormErrors.blockOf(acted.refusal()), told);
    }
}
