package org.csirtbot.exercise.slack;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

import org.csirtbot.exercise.Exercises;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.slack.ButtonClick;
import org.csirtbot.slack.FormSubmission;
import org.csirtbot.slack.ModalParts;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.StoreWithinAck;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.model.view.View;

/**
 * The exercise's buttons: Start on the list of scenarios, and Respond on an inject, which opens a form asking what
 * the person did; the answer is logged as the inject's response (its time counts from the inject's delivery).
 */
@SlackComponent
class ExerciseButtons implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(ExerciseButtons.class);
    static final String FORM = "exercise_response";
    private static final String WHAT = "what";
    private static final int ANSWER_MAX = 2000;

    private final ExerciseStarts starts;
    private final Incidents incidents;
    private final Exercises exercises;
    private final Permissions permissions;
    private final StoreWithinAck store;
    private final SlackGateway slack;
    private final UserLocales locales;
    private final Texts texts;
    private final Executor views;
    private final Executor work;

    ExerciseButtons(ExerciseStarts starts, Incidents incidents, Exercises exercises, Permissions permissions,
                    StoreWithinAck store, SlackGateway slack, UserLocales locales, Texts texts,
                    @Qualifier("slackViews") Executor views, @Qualifier("slackWork") Executor work) {
        this.starts = starts;
        this.incidents = incidents;
        this.exercises = exercises;
        this.permissions = permissions;
        this.store = store;
        this.slack = slack;
        this.locales = locales;
        this.texts = texts;
        this.views = views;
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.blockAction(Pattern.compile("^" + ExerciseSubcommand.START + "_.*"), (req, ctx) -> {
            ButtonClick click = ButtonClick.of(req.getPayload());
            Locale locale = locales.now(click.user());
            ExerciseStarts.Request request = starts.read(click.user(), click.value() == null ? "" : click.value(),
                    locale);
            if (request.refusal() != null) {
                work.execute(() -> slack.postEphemeral(click.channel(), click.user(), request.refusal()));
            } else {
                starts.startLater(click.user(), request, click.user() + ":" + click.trigger(), locale);
            }
            return ctx.ack();
        });
        app.blockAction(SlackInjectRoom.RESPOND, (req, ctx) -> {
            ButtonClick click = ButtonClick.of(req.getPayload());
            views.execute(() -> openForm(click));
            return ctx.ack();
        });
        app.viewSubmission(FORM, FormSubmission.handler(locales, (user, view, locale, ctx) -> {
            String answer = ModalParts.text(view.getState(), WHAT).strip();
            if (answer.isEmpty()) {
                return ctx.ack(r -> r.responseAction("errors").errors(Map.of(WHAT, texts.get(locale, "exercise.response.empty"))));
            }
            var recorded = store.attempt(() -> record(view.getPrivateMetadata(), user, answer, locale));
            String refusal = recorded.failed() || recorded.late() ? texts.get(locale, "error.not-recorded", "")
                    : recorded.value();
            return refusal == null ? ctx.ack()
                    : ctx.ack(r -> r.responseAction("errors").errors(Map.of(WHAT, refusal)));
        }));
    }

    private void openForm(ButtonClick click) {
        Locale locale = locales.now(click.user());
        try {
            String refusal = refusal(ofValue(click.value()), click.user(), locale);
            if (refusal != null) {
                slack.postEphemeral(click.channel(), click.user(), refusal);
                return;
            }
            View form = ModalParts.modal(FORM, texts.get(locale, "exercise.response.title"),
                    texts.get(locale, "exercise.response.submit"), texts.get(locale, "modal.cancel"))
                    .privateMetadata(click.value())
                    .blocks(List.of(ModalParts.textInput(WHAT, texts.get(locale, "exercise.response.what"),
                            null, ANSWER_MAX, true, false))).build();
            slack.openView(click.trigger(), form);
        } catch (RuntimeException e) {
            log.error("Could not open the response form for {}", click.user(), e);
        }
    }

    /** Logs the response; null when done, else what to tell the person. */
    private String record(String metadata, String user, String answer, Locale locale) {
        InjectRef ref = ofValue(metadata);
        String refusal = refusal(ref, user, locale);
        if (refusal == null) {
            exercises.recordResponse(ref.exercise(), ref.injectId(), user, answer);
        }
        return refusal;
    }

    /** Why {@code user} may not answer the inject, or null when they may. */
    private String refusal(InjectRef ref, String user, Locale locale) {
        return ref.exercise() == null ? texts.get(locale, "exercise.not-exercise")
                : permissions.refusal(user, CsirtAction.ADD_NOTE, ref.exercise(), locale);
    }

    /** The Respond button's value, {@code <incident>|<inject>}: the exercise (null when it is none) and the inject. */
    private record InjectRef(Incident exercise, String injectId) {
    }

    private InjectRef ofValue(String value) {
        String[] ref = String.valueOf(value).split("\\|", 2);
        Incident incident = ref.length < 2 ? null : incidents.find(ref[0]).filter(Incident::isExercise).orElse(null);
        return new InjectRef(incident, ref.length < 2 ? null : ref[1]);
    }
}
