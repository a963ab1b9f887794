package org.csirtbot.exercise;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.csirtbot.incident.DeclareIncident;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDeclaration;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.playbooks.exercise.Scenario;
import org.csirtbot.report.ReportCategory;
import org.csirtbot.storage.ExerciseStore;
import org.springframework.stereotype.Component;

/**
 * Starting and ending exercises. An exercise is an incident declared as its scenario says, with its
 * {@link Incident.Exercise}; a retried request (the same key) starts it once. The first end counts.
 */
@Component
public class Exercises {

    private final IncidentDeclaration declaration;
    private final ExerciseStore store;
    private final IncidentLog log;
    private final Clock clock;

    Exercises(IncidentDeclaration declaration, ExerciseStore store, IncidentLog log, Clock clock) {
        this.declaration = declaration;
        this.store = store;
        this.log = log;
        this.clock = clock;
    }

    /** Declares the exercise incident of {@code scenario}, commanded by whoever starts it, titled in {@code lang}. */
    public IncidentDeclaration.Declared start(String key, Scenario scenario, int pace, String startedBy, String lang) {
        var template = scenario.incident();
        Incident.Exercise exercise = new Incident.Exercise(scenario.id(), pace, clock.instant(), null,
                scenario.execChannel());
        return declaration.declare(new DeclareIncident("exercise:" + key, template.title().in(lang),
                Severity.valueOf(template.severity()),
                ReportCategory.fromCode(template.category()).orElse(ReportCategory.OTHER),
                Tlp.fromLabel(template.tlp()).orElse(Tlp.AMBER), template.confidential(), startedBy, null, false, null,
                exercise));
    }

    /** Logs what {@code by} did in answer to the inject {@code injectId} of the exercise; its time counts from delivery. */
    public void recordResponse(Incident exercise, String injectId, String by, String answer) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inject", injectId);
        data.put("text", answer);
        log.append(exercise.id(), by, LogKind.EXERCISE_RESPONSE, data);
    }

    /** Ends a running exercise ({@code how}: {@code command} or {@code closed}); false when it had ended already. */
    public boolean end(Incident incident, String by, String how) {
        if (!incident.isExercise() || !store.recordEnded(incident.id(), clock.instant())) {
            return false;
        }
        log.append(incident.id(), by, LogKind.EXERCISE_ENDED, Map.of("by", how));
        return true;
    }
}
