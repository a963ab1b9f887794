package org.csirtbot.closing;

import static org.csirtbot.closing.ReportMarkdown.code;
import static org.csirtbot.closing.ReportMarkdown.inline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.LogVerification;
import org.csirtbot.metrics.CsfRollup;
import org.csirtbot.metrics.IncidentTimes;
import org.springframework.context.MessageSource;

/**
 * The post-incident report in Markdown: summary, timeline (every log entry), decisions with their rationale and
 * approval, response times, playbook steps by CSF 2.0 outcome, lessons learned and the log's check. Pure: built from the incident and its log alone,
 * in one language; whatever people typed is escaped.
 */
public final class PostIncidentReport {

    private final ReportMarkdown md;
    private final TimelineLines timeline;
    private final ReportDecisions decisions;
    private final CsfLines csf;

    public PostIncidentReport(MessageSource messages, Locale locale, ZoneId zone) {
        this.md = new ReportMarkdown(messages, locale, zone);
        this.timeline = new TimelineLines(md);
        this.decisions = new ReportDecisions(md);
        this.csf = new CsfLines(md);
    }

    /** The report of {@code incident} from its log, oldest entry first, and the log's check. */
    public String markdown(Incident incident, List<LogEntry> entries, LogVerification verification) {
        return markdown(incident, entries, verification, List.of(), null);
    }

    /**
     * As {@link #markdown(Incident, List, LogVerification)}, for an incident as its log tells it, saying first and in
     * the check where the stored incident record says otherwise ({@code differences}: the fields, as in
     * {@code report.md.field.*}), with its playbook steps by CSF 2.0 outcome ({@code csfRollup}; none when null).
     */
    String markdown(Incident incident, List<LogEntry> entries, LogVerification verification, List<String> differences,
                    CsfRollup csfRollup) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(md.text("report.md.title", incident.id(), inline(incident.title()))).append("\n\n");
        if (!differences.isEmpty()) {
            out.append(md.text("report.md.record.warning", fields(differences))).append("\n\n");
        }
        summary(out, incident);
        out.append("## ").append(md.text("report.md.timeline", md.zone().getId())).append("\n\n");
        entries.forEach(e -> out.append(timeline.line(e)).append('\n'));
        out.append('\n');
        decisions.write(out, entries);
        times(out, IncidentTimes.of(incident, entries));
        if (csfRollup != null) {
            csf.write(out, csfRollup);
        }
        lessons(out, incident, entries);
        verification(out, verification, entries);
        item(out, "record", differences.isEmpty() ? md.text("report.md.record.matches")
                : md.text("report.md.record.differs", fields(differences)));
        return out.toString();
    }

    private void summary(StringBuilder out, Incident incident) {
        out.append("## ").append(md.text("report.md.summary")).append("\n\n");
        item(out, "id", incident.id());
        item(out, "title", inline(incident.title()));
        item(out, "severity", incident.severity() == null ? md.text("report.md.unknown")
                : md.text("severity." + incident.severity().name()));
        item(out, "category", md.text("category." + incident.category().code()));
        item(out, "tlp", "TLP:" + incident.tlp().label()
                + (incident.confidential() ? " · " + md.text("report.md.confidential") : ""));
        item(out, "status", md.text("status." + incident.status().code()));
        item(out, "commander", code(incident.commanderId()));
        item(out, "roles", roles(incident));
        item(out, "declared", md.text("report.md.at-by", md.at(incident.declaredAt()), code(incident.declaredBy())));
        item(out, "began", incident.beganAt() == null ? md.text("report.md.unknown") : md.at(incident.beganAt()));
        Instant closed = IncidentTimes.closedAt(incident);
        item(out, "closed", closed == null ? "—" : md.at(closed));
        item(out, "reports", incident.reportIds().isEmpty() ? "—" : String.join(", ", incident.reportIds()));
        item(out, "zone", md.text("report.md.zone", md.zone().getId()));
        out.append('\n');
    }

    private String roles(Incident incident) {
        if (incident.roles().isEmpty()) {
            return "—";
        }
        return incident.roles().stream().map(r -> md.text("report.md.role-held", md.text("report.md.role." + r.role().code()),
                code(r.userId()), md.at(r.since()))).collect(Collectors.joining("; "));
    }

    private void times(StringBuilder out, IncidentTimes times) {
        out.append("## ").append(md.text("report.md.times")).append("\n\n");
        item(out, "to-report", md.duration(times.toReport()));
        item(out, "to-declare", md.duration(times.toDeclare()));
        item(out, "to-contain", md.duration(times.toContain()));
        item(out, "to-contain-from-declaration", md.duration(times.toContainFromDeclaration()));
        item(out, "to-recover", md.duration(times.toRecover()));
        item(out, "total", md.duration(times.total()));
        out.append('\n');
    }

    private void lessons(StringBuilder out, Incident incident, List<LogEntry> entries) {
        out.append("## ").append(md.text("report.md.lessons")).append("\n\n");
        List<LogEntry> recorded = entries.stream().filter(e -> LogKind.LESSONS_RECORDED.code().equals(e.kind())).toList();
        if (!recorded.isEmpty()) {
            LogEntry last = recorded.get(recorded.size() - 1);
            out.append(md.text("report.md.lessons.recorded", code(last.actor()), md.at(last.at()),
                    String.valueOf(recorded.size()))).append("\n\n");
        }
        for (LessonsQuestion question : LessonsQuestion.values()) {
            String answer = incident.closure().lessons().get(question.id());
            out.append("### ").append(md.text("lessons.question." + question.id())).append("\n\n")
                    .append(answer == null || answer.isBlank() ? md.text("report.md.lessons.unanswered")
                            : ReportMarkdown.quote(answer))
                    .append("\n\n");
        }
    }

    private void verification(StringBuilder out, LogVerification check, List<LogEntry> entries) {
        out.append("## ").append(md.text("report.md.verification")).append("\n\n");
        item(out, "intact", check.valid() ? md.text("report.md.yes")
                : md.text("report.md.no-first-bad", String.valueOf(check.firstInvalidSeq())));
        item(out, "entries", String.valueOf(check.entries()));
        item(out, "last-hash", entries.isEmpty() ? "—" : code(entries.get(entries.size() - 1).hash()));
    }

    private String fields(List<String> differences) {
        return differences.stream().map(field -> md.text("report.md.field." + field)).collect(Collectors.joining(", "));
    }

    private void item(StringBuilder out, String label, String value) {
        out.append("- **").append(md.text("report.md.field." + label)).append(":** ").append(value).append('\n');
    }
}
