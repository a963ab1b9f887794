package org.csirtbot.playbook.slack;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.csirtbot.slack.Mrkdwn;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;

/**
 * Where the suspicious mail is when the reporter attached it to the report form as a file: said to whoever must give
 * a playbook's {@value #INPUT} (the phishing playbook's reported e-mail), in the request for the run's inputs and in
 * each step that needs it. The file stays in Slack; the bot never downloads it.
 */
@SlackComponent
class ReportedMailLines {

    static final String INPUT = "__reported_email__";
    private static final int NAME_MAX = 200;
    private static final int REPORTS_SHOWN = 5;

    private final ReportIntake reports;
    private final Texts texts;

    ReportedMailLines(ReportIntake reports, Texts texts) {
        this.reports = reports;
        this.texts = texts;
    }

    /** For a step that needs the reported mail: a line for each of the incident's reports with one, else empty. */
    String forStep(Locale locale, Incident incident, Step step) {
        return step.requires().contains(INPUT) ? lines(locale, incident) : "";
    }

    /** For the request of a run's inputs, while the reported mail is not given: as {@link #forStep}. */
    String forInputs(Locale locale, Incident incident, PlaybookRun run) {
        boolean asked = run.playbook().inputs().stream().anyMatch(f -> INPUT.equals(f.key()))
                && !run.state().values().containsKey(INPUT);
        return asked && incident != null ? lines(locale, incident) : "";
    }

    private String lines(Locale locale, Incident incident) {
        return incident.reportIds().stream().map(reports::find).flatMap(Optional::stream)
                .filter(r -> r.mail() != null).limit(REPORTS_SHOWN)
                .map(r -> "\n" + line(locale, r)).collect(Collectors.joining());
    }

    private String line(Locale locale, Report report) {
        return texts.get(locale, "playbook.reported-mail", report.id(),
                Mrkdwn.link(report.mail().permalink(), report.mail().shownName(), NAME_MAX));
    }
}
