package org.csirtbot.exercise;

import static org.csirtbot.closing.ReportSections.code;
import static org.csirtbot.closing.ReportSections.inline;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.csirtbot.closing.ReportSections;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.playbooks.exercise.Scenario;
import org.springframework.context.MessageSource;

/**
 * The after-action report of an exercise in Markdown, in one language: the scenario and its times, each inject with
 * when it was delivered and answered and the response time against {@code respond_within}, each playbook step against
 * its SLA, the decisions taken (as the post-incident report writes them) and the improvement items, recorded ones and
 * those suggested for each missed inject and step (owned by the commander). Pure; people's text is escaped.
 */
public final class AfterActionReport {

    private static final String K = "exercise.report.";

    private final MessageSource messages;
    private final Locale locale;
    private final ReportSections sections;

    public AfterActionReport(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.sections = new ReportSections(messages, locale, zone);
    }

    /** The key figures: injects answered in time, late or not at all; steps in and out of their SLA; items. */
    public record Figures(int injects, int met, int missed, int unanswered, int stepsMet, int stepsMissed,
                          int improvements) {
    }

    /** The report and its figures. */
    public record Written(String markdown, Figures figures) {
    }

    Written write(Incident incident, Scenario scenario, List<LogEntry> entries, List<InjectOutcome> injects,
                  List<StepSla> steps) {
        ExerciseRecords records = ExerciseRecords.of(entries);
        Incident.Exercise exercise = incident.exercise();
        StringBuilder out = new StringBuilder();
        String name = scenario == null ? exercise.scenarioId() : scenario.name().in(locale.getLanguage());
        out.append("# ").append(text("title", incident.id(), inline(name))).append("\n\n");
        item(out, "scenario", code(exercise.scenarioId()) + " — " + inline(name));
        item(out, "pace", String.valueOf(exercise.pace()));
        item(out, "started", sections.at(exercise.startedAt()));
        item(out, "ended", sections.at(exercise.endedAt()));
        item(out, "commander", code(incident.commanderId()));
        out.append("\n## ").append(text("injects")).append("\n\n");
        injects.forEach(o -> out.append(injectLine(o)).append('\n'));
        out.append("\n## ").append(text("steps")).append("\n\n");
        if (steps.isEmpty()) {
            out.append(text("steps.none")).append('\n');
        }
        steps.forEach(s -> out.append(stepLine(s)).append('\n'));
        out.append('\n');
        sections.decisions(out, entries);
        int items = improvements(out, incident, records, injects, steps);
        int met = count(injects, InjectOutcome.Result.MET);
        int missed = count(injects, InjectOutcome.Result.MISSED);
        int unanswered = count(injects, InjectOutcome.Result.NO_RESPONSE);
        int stepsMissed = (int) steps.stream().filter(StepSla::missed).count();
        int stepsMet = (int) steps.stream().filter(s -> !s.missed() && s.doneAt() != null).count();
        return new Written(out.toString(), new Figures(injects.size(), met, missed, unanswered, stepsMet, stepsMissed,
                items));
    }

    private String injectLine(InjectOutcome o) {
        String within = o.inject().respondWithin() == null ? "—" : sections.duration(o.inject().respondWithin());
        String took = o.scenarioResponseTime() == null ? "—" : sections.duration(o.scenarioResponseTime());
        return text("inject", code(o.inject().id()), text("kind." + o.inject().kind().code()),
                sections.duration(o.inject().at()), sections.at(o.deliveredAt()), sections.at(o.answeredAt()),
                o.answeredBy() == null ? "—" : code(o.answeredBy()), took, within, text("result." + o.result().code()));
    }

    private String stepLine(StepSla s) {
        return text("step", code(s.playbook()), code(s.step().id()), sections.at(s.readyAt()), sections.at(s.doneAt()),
                sections.duration(s.took()), sections.duration(s.due()), text(s.missed() ? "result.missed" : s.doneAt() == null
                        ? "result.open" : "result.met"));
    }

    private int improvements(StringBuilder out, Incident incident, ExerciseRecords records,
                             List<InjectOutcome> injects, List<StepSla> steps) {
        out.append("## ").append(text("improvements")).append("\n\n");
        records.improvements().forEach(e -> out.append(text("improvement", code(String.valueOf(e.data().get("owner"))),
                inline(e.data().get("text")), code(e.actor()), sections.at(e.at()))).append('\n'));
        String commander = code(incident.commanderId());
        List<InjectOutcome> late = injects.stream().filter(InjectOutcome::needsImprovement).toList();
        late.forEach(o -> out.append(text("suggested.inject", commander, code(o.inject().id()),
                text("result." + o.result().code()))).append('\n'));
        List<StepSla> missed = steps.stream().filter(StepSla::missed).toList();
        missed.forEach(s -> out.append(text("suggested.step", commander, code(s.playbook()), code(s.step().id()),
                sections.duration(s.due()))).append('\n'));
        int items = records.improvements().size() + late.size() + missed.size();
        if (items == 0) {
            out.append(text("improvements.none")).append('\n');
        }
        return items;
    }

    private void item(StringBuilder out, String key, String value) {
        out.append("- **").append(text("field." + key)).append("**: ").append(value).append('\n');
    }

    private String text(String key, Object... args) {
        return messages.getMessage(K + key, args, locale);
    }

    private static int count(List<InjectOutcome> injects, InjectOutcome.Result result) {
        return (int) injects.stream().filter(o -> o.result() == result).count();
    }
}
