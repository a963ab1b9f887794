package org.csirtbot.exercise;

import org.csirtbot.incident.Incident;
import org.csirtbot.playbooks.exercise.Inject;
import org.csirtbot.playbooks.exercise.Scenario;

/** The exercise's room, as the clock and the end need it: implemented by the Slack adapter. */
public interface InjectRoom {

    /** Posts the scenario's brief in the room, once however often it is asked. */
    void brief(Incident incident, Scenario scenario);

    /** Posts the inject in the room, once however often it is asked (keyed by incident and inject); its ts. */
    String deliver(Incident incident, Scenario scenario, Inject inject);

    /** Posts the after-action report in the room, once. */
    void postReport(Incident incident, AfterActionReport.Figures figures, String markdown);
}
