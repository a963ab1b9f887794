package org.csirtbot.exercise;

import org.csirtbot.incident.Incident;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbooks.exercise.Scenario;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * What an exercise's room gets once it is open: the brief, and the scenario's playbook started by whoever started the
 * exercise. Both happen once however often this runs (the brief is keyed, a run is started once per incident), so the
 * clock repeats it until the first inject, in case the room opened only after the start (recovery).
 */
@Component
public class ExerciseBriefing {

    private final ObjectProvider<InjectRoom> room;
    private final PlaybookRuns runs;

    ExerciseBriefing(ObjectProvider<InjectRoom> room, PlaybookRuns runs) {
        this.room = room;
        this.runs = runs;
    }

    public void brief(Incident incident, Scenario scenario) {
        room.ifAvailable(r -> r.brief(incident, scenario));
        String playbook = scenario.incident().playbook();
        if (playbook != null && runs.ofIncident(incident.id()).isEmpty()) {
            runs.start(incident.id(), playbook, incident.declaredBy());
        }
    }
}
