package org.csirtbot.exercise;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.playbooks.exercise.Inject;
import org.csirtbot.playbooks.exercise.Scenario;

/** When each inject of a running exercise is due: its scenario time divided by the pace, after the start. Pure. */
final class InjectSchedule {

    private InjectSchedule() {
    }

    static Instant dueAt(Incident.Exercise exercise, Inject inject) {
        return exercise.startedAt().plus(Scenario.realTime(inject.at(), exercise.pace()));
    }

    /** The injects due at {@code now} and not delivered yet, in order. */
    static List<Inject> due(Scenario scenario, Incident.Exercise exercise, Instant now, Set<String> delivered) {
        return scenario.injects().stream().filter(i -> !delivered.contains(i.id()))
                .filter(i -> !dueAt(exercise, i).isAfter(now)).toList();
    }
}
