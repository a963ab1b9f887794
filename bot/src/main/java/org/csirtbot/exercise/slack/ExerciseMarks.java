package org.csirtbot.exercise.slack;

import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.ChannelMarks;

/**
 * The rooms of exercises carry the exercise mark on every message and on their topic, in English and Japanese at once
 * (a room is shared by people of either language), whichever feature posts there: the gateway asks this port.
 */
@SlackComponent
class ExerciseMarks implements ChannelMarks {

    private final Incidents incidents;
    private final Texts texts;
    private final UserLocales locales;

    ExerciseMarks(Incidents incidents, Texts texts, UserLocales locales) {
        this.incidents = incidents;
        this.texts = texts;
        this.locales = locales;
    }

    @Override
    public Optional<Mark> of(String channel) {
        return incidents.inChannel(channel).filter(Incident::isExercise).map(i -> new Mark(
                texts.get(locales.fallback(), "exercise.mark", i.exercise().scenarioId()),
                texts.get(locales.fallback(), "exercise.mark.label")));
    }
}
