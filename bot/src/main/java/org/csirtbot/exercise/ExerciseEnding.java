package org.csirtbot.exercise;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Ends an exercise once and posts its after-action report in the room. */
@Component
public class ExerciseEnding {

    private final Exercises exercises;
    private final Incidents incidents;
    private final AfterActionReports reports;
    private final ObjectProvider<InjectRoom> room;

    ExerciseEnding(Exercises exercises, Incidents incidents, AfterActionReports reports,
                   ObjectProvider<InjectRoom> room) {
        this.exercises = exercises;
        this.incidents = incidents;
        this.reports = reports;
        this.room = room;
    }

    /** Ends it ({@code how}: command or closed) and posts the report; false when it had ended already. */
    public boolean end(Incident incident, String by, String how) {
        if (!exercises.end(incident, by, how)) {
            return false;
        }
        report(incident);
        return true;
    }

    /** Posts the after-action report of an ended exercise in its room (once: the posts are keyed). */
    public void report(Incident incident) {
        Incident ended = incidents.find(incident.id()).orElse(incident);
        AfterActionReport.Written written = reports.write(ended);
        room.ifAvailable(r -> r.postReport(ended, written.figures(), written.markdown()));
    }
}
