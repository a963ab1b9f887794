package org.csirtbot.exercise;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbooks.exercise.Inject;
import org.csirtbot.playbooks.exercise.Scenario;
import org.csirtbot.time.ReadableTimes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * After-action reports of stored exercises, in the bot's language ({@code CSIRTBOT_LOCALE}), which is the room's:
 * as it stands now, so a running exercise's shows what has happened so far.
 */
@Component
public class AfterActionReports {

    private final Incidents incidents;
    private final IncidentLog log;
    private final PlaybookRuns runs;
    private final ExerciseScenarios scenarios;
    private final AfterActionReport report;
    private final Clock clock;

    AfterActionReports(Incidents incidents, IncidentLog log, PlaybookRuns runs, ExerciseScenarios scenarios,
                       MessageSource messages, @Value("${csirtbot.locale:en}") Locale locale, ReadableTimes times,
                       Clock clock) {
        this.incidents = incidents;
        this.log = log;
        this.runs = runs;
        this.scenarios = scenarios;
        this.report = new AfterActionReport(messages, locale, times.timeZone());
        this.clock = clock;
    }

    /** The report of an exercise; empty for no such incident, or a real one. */
    public Optional<String> markdown(String incidentId) {
        return incidents.find(incidentId).filter(Incident::isExercise).map(i -> write(i).markdown());
    }

    AfterActionReport.Written write(Incident incident) {
        List<LogEntry> entries = log.entries(incident.id());
        Scenario scenario = scenarios.find(incident.exercise().scenarioId()).orElse(null);
        ExerciseRecords records = ExerciseRecords.of(entries);
        List<Inject> injects = scenario == null ? List.of() : scenario.injects();
        List<InjectOutcome> outcomes = injects.stream()
                .map(i -> InjectOutcome.of(i, incident.exercise(), records)).toList();
        List<StepSla> steps = runs.ofIncident(incident.id()).stream()
                .flatMap(run -> StepSla.of(run, clock.instant(), incident.exercise().pace()).stream()).toList();
        return report.write(incident, scenario, entries, outcomes, steps);
    }
}
