package org.csirtbot.playbook;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.csirtbot.closing.PlaybookObligations;
import org.csirtbot.playbooks.engine.ClosureCheck;
import org.csirtbot.playbooks.engine.RunState.Status;
import org.csirtbot.playbooks.model.EventRef;
import org.csirtbot.playbooks.model.LText;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What an incident's runs still hold open for {@code /incident close}, in the bot's language: each run's
 * {@code closure_criteria} not met ("A verdict is recorded (Phishing e-mail)"); the clocks of the runs not finished
 * that still run, unless the step that stops them was skipped, waived or passed over (then nothing will stop them);
 * and the playbooks a step asked for (spawns, options' spawns, sub-playbooks) that do not run on the incident.
 */
@Component
class PlaybookClosingChecks implements PlaybookObligations {

    private static final Set<Status> LEFT = EnumSet.of(Status.SKIPPED, Status.WAIVED, Status.PASSED_OVER);

    private final PlaybookRuns runs;
    private final PlaybookCatalog catalog;
    private final String language;

    PlaybookClosingChecks(PlaybookRuns runs, PlaybookCatalog catalog, @Value("${csirtbot.locale:en}") Locale locale) {
        this.runs = runs;
        this.catalog = catalog;
        this.language = locale.getLanguage();
    }

    @Override
    public Open of(String incidentId) {
        List<PlaybookRun> all = runs.ofIncident(incidentId);
        List<String> criteria = all.stream().flatMap(run -> ClosureCheck.unmet(run.playbook(), run.state()).stream()
                .map(c -> named(c.text(), run))).toList();
        List<String> clocks = all.stream().filter(run -> !run.finished())
                .flatMap(run -> run.runningClocks().stream().filter(c -> stoppable(run, c.clock().stopsOn()))
                        .map(c -> named(c.clock().label(), run))).toList();
        List<String> started = all.stream().map(run -> run.playbook().id()).toList();
        List<String> notStarted = all.stream().flatMap(run -> run.state().requestedPlaybooks().stream())
                .distinct().filter(id -> !started.contains(id))
                .map(id -> catalog.find(id).map(p -> p.name().in(language) + " (" + id + ")").orElse(id)).toList();
        return new Open(criteria, clocks, notStarted);
    }

    /** Whether something may still stop the clock: not a step that was left out. */
    private static boolean stoppable(PlaybookRun run, String stopsOn) {
        EventRef stop = stopsOn == null ? null : EventRef.parse(stopsOn);
        if (stop == null || stop.kind() != EventRef.Kind.STEP_COMPLETED) {
            return true;
        }
        var step = run.state().steps().get(stop.subject());
        return step == null || !LEFT.contains(step.status());
    }

    private String named(LText text, PlaybookRun run) {
        return text.in(language) + " (" + run.playbook().name().in(language) + ")";
    }
}
