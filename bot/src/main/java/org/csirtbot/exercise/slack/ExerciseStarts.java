package org.csirtbot.exercise.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.csirtbot.exercise.ExerciseBriefing;
import org.csirtbot.exercise.ExerciseScenarios;
import org.csirtbot.exercise.Exercises;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.RoomOpening;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.Permissions;
import org.csirtbot.playbooks.exercise.Scenario;
import org.csirtbot.slack.DirectMessages;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.gateway.SideEffectKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Starting an exercise, by {@code /incident exercise <scenario> [pace=N]} or a Start button: who may (as for declaring)
 * and what was asked are checked at once; then, after the answer, the exercise incident is declared, its room opened,
 * the brief posted and the scenario's playbook started, and the starter is told where.
 */
@SlackComponent
class ExerciseStarts {

    private static final Logger log = LoggerFactory.getLogger(ExerciseStarts.class);
    private static final Pattern PACE = Pattern.compile("pace=(\\d{1,4})");
    /** A pace beyond this would deliver a day's injects in seconds. */
    static final int PACE_MAX = 1440;

    private final ExerciseScenarios scenarios;
    private final Exercises exercises;
    private final RoomOpening rooms;
    private final ExerciseBriefing briefing;
    private final Permissions permissions;
    private final DirectMessages messages;
    private final Texts texts;
    private final Executor work;

    ExerciseStarts(ExerciseScenarios scenarios, Exercises exercises, RoomOpening rooms, ExerciseBriefing briefing,
                   Permissions permissions, DirectMessages messages, Texts texts,
                   @Qualifier("slackWork") Executor work) {
        this.scenarios = scenarios;
        this.exercises = exercises;
        this.rooms = rooms;
        this.briefing = briefing;
        this.permissions = permissions;
        this.messages = messages;
        this.texts = texts;
        this.work = work;
    }

    /** What a start request asks for, or why it cannot be done (then {@code refusal} is set). */
    record Request(Scenario scenario, int pace, String refusal) {
    }

    Request read(String user, String argument, Locale locale) {
        String refusal = permissions.refusal(user, CsirtAction.DECLARE, null, locale);
        if (refusal != null) {
            return new Request(null, 0, refusal);
        }
        String[] words = argument.strip().split("\\s+", 2);
        Optional<Scenario> scenario = scenarios.find(words[0]);
        if (scenario.isEmpty()) {
            return new Request(null, 0, texts.get(locale, "exercise.unknown", Mrkdwn.escapeAndCut(words[0], 64), ids()));
        }
        if (words.length == 1) {
            return new Request(scenario.get(), scenario.get().pace(), null);
        }
        Matcher m = PACE.matcher(words[1].strip());
        int pace = m.matches() ? Integer.parseInt(m.group(1)) : 0;
        String given = words[1].strip().startsWith("pace=") ? words[1].strip().substring(5) : words[1].strip();
        return pace < 1 || pace > PACE_MAX
                ? new Request(null, 0, texts.get(locale, "exercise.bad-pace", Mrkdwn.escapeAndCut(given, 20),
                        String.valueOf(PACE_MAX)))
                : new Request(scenario.get(), pace, null);
    }

    private String ids() {
        return scenarios.all().stream().map(s -> "`" + s.id() + "`").collect(Collectors.joining(", "));
    }

    /** Starts it after the answer; {@code key} names the request, so a repeated one starts one exercise. */
    void startLater(String user, Request request, String key, Locale locale) {
        work.execute(() -> {
            try {
                start(user, request, key, locale);
            } catch (RuntimeException e) {
                log.error("Exercise {} by {} could not start completely", request.scenario().id(), user, e);
                messages.sendEvenIfStoreIsDown(user, texts.get(locale, "exercise.failed",
                        Mrkdwn.escape(request.scenario().id())));
            }
        });
    }

    private void start(String user, Request request, String key, Locale locale) {
        Scenario scenario = request.scenario();
        var declared = exercises.start(key, scenario, request.pace(), user, locale.getLanguage());
        Incident incident = rooms.open(declared.incident().id());
        if (!declared.created()) {
            return;
        }
        briefing.brief(incident, scenario);
        messages.send(user, SideEffectKey.of("exercise-started", incident.id(), user), texts.get(locale,
                "exercise.started", Mrkdwn.escape(scenario.name().in(locale.getLanguage())), incident.id(),
                incident.room().channelId(), String.valueOf(request.pace())));
    }
}
