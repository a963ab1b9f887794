package org.csirtbot.exercise.slack;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

import org.csirtbot.exercise.ExerciseEnding;
import org.csirtbot.exercise.Exercises;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.access.CsirtAction;
import org.csirtbot.incident.slack.RoomCommands;
import org.csirtbot.slack.IncidentSubcommand.Invocation;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.response.Response;

/**
 * {@code /incident exercise end} (its commander or deputy) and {@code /incident exercise improve @owner <text>} (as
 * for notes) in an exercise's room. Ending is recorded within the answer; the report follows in the room.
 */
@SlackComponent
class ExerciseRoomCommands {

    /** An improvement item is a sentence or two; the log keeps it whole. */
    static final int ITEM_MAX = 1000;

    private final RoomCommands room;
    private final Exercises exercises;
    private final ExerciseEnding ending;
    private final IncidentLog log;
    private final Texts texts;
    private final Executor work;

    ExerciseRoomCommands(RoomCommands room, Exercises exercises, ExerciseEnding ending, IncidentLog log, Texts texts,
                         @Qualifier("slackWork") Executor work) {
        this.room = room;
        this.exercises = exercises;
        this.ending = ending;
        this.log = log;
        this.texts = texts;
        this.work = work;
    }

    Response end(Invocation invocation, SlashCommandContext ctx) {
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.CLOSE, "exercise.recording",
                "error.not-recorded", (incident, locale) -> end(incident, invocation.userId(), locale)));
    }

    private String end(Incident incident, String user, Locale locale) {
        if (!incident.isExercise()) {
            return texts.get(locale, "exercise.not-exercise");
        }
        if (!exercises.end(incident, user, "command")) {
            return texts.get(locale, "exercise.already-ended", incident.id());
        }
        work.execute(() -> ending.report(incident));
        return texts.get(locale, "exercise.ended", incident.id());
    }

    Response improve(Invocation invocation, String argument, SlashCommandContext ctx) {
        return room.run(invocation, ctx, new RoomCommands.RoomAction(CsirtAction.ADD_NOTE, "exercise.recording",
                "error.not-recorded", (incident, locale) -> improve(incident, invocation.userId(), argument, locale)));
    }

    private String improve(Incident incident, String user, String argument, Locale locale) {
        if (!incident.isExercise()) {
            return texts.get(locale, "exercise.not-exercise");
        }
        String[] parts = argument.split("\\s+", 2);
        Optional<String> owner = Mrkdwn.userIn(parts[0]);
        String text = parts.length > 1 ? parts[1].strip() : "";
        if (owner.isEmpty() || text.isEmpty()) {
            return texts.get(locale, "exercise.improve.usage");
        }
        if (text.length() > ITEM_MAX) {
            return texts.get(locale, "exercise.improve.too-long", ITEM_MAX);
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("owner", owner.get());
        data.put("text", text);
        log.append(incident.id(), user, LogKind.EXERCISE_IMPROVEMENT, data);
        return texts.get(locale, "exercise.improve.recorded", Mrkdwn.mention(owner.get()), Mrkdwn.escape(text));
    }
}
