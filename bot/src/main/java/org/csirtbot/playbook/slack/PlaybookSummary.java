package org.csirtbot.playbook.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.slack.SummarySection;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * The playbooks part of the pinned summary: each run's progress (steps over of all its steps, the steps waiting now)
 * and its running clocks with their deadlines, within one section's limit.
 */
@SlackComponent
class PlaybookSummary implements SummarySection {

    /** Steps named as waiting, per run; more are counted. */
    private static final int CURRENT_SHOWN = 4;

    private final PlaybookRuns runs;
    private final Texts texts;

    PlaybookSummary(PlaybookRuns runs, Texts texts) {
        this.runs = runs;
        this.texts = texts;
    }

    /** The section's mrkdwn text, or null when the incident runs no playbook. */
    @Override
    public String section(Locale locale, Incident incident) {
        List<PlaybookRun> all = runs.ofIncident(incident.id());
        if (all.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        lines.add("*" + texts.get(locale, "summary.field.playbooks") + "*");
        for (PlaybookRun run : all) {
            lines.add(progress(locale, run));
            run.runningClocks().forEach(clock -> lines.add(texts.get(locale,
                    clock.breached() ? "summary.playbook.clock-passed" : "summary.playbook.clock",
                    PlaybookWords.text(clock.clock().label(), locale), Mrkdwn.when(clock.state().deadline()))));
        }
        return Mrkdwn.cut(String.join("\n", lines), StepMessages.SECTION_MAX);
    }

    private String progress(Locale locale, PlaybookRun run) {
        String name = PlaybookWords.text(run.playbook().name(), locale);
        if (run.finished()) {
            return texts.get(locale, "summary.playbook.finished", name, run.stepsOver(), run.stepsTotal());
        }
        var ready = run.readySteps();
        String current = ready.stream().limit(CURRENT_SHOWN).map(s -> PlaybookWords.text(s.name(), locale))
                .collect(Collectors.joining(", "));
        if (ready.size() > CURRENT_SHOWN) {
            current += " +" + (ready.size() - CURRENT_SHOWN);
        }
        return texts.get(locale, "summary.playbook.progress", name, run.stepsOver(), run.stepsTotal(), current);
    }
}
