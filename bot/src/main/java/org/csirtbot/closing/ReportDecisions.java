package org.csirtbot.closing;

import static org.csirtbot.closing.ReportMarkdown.code;
import static org.csirtbot.closing.ReportMarkdown.inline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;

/**
 * The decisions section of the post-incident report: each decision with the options considered, the one chosen,
 * its rationale, and whether it needed approval and got it (from {@link LogKind#DECISION_RECORDED},
 * {@link LogKind#DECISION_APPROVED} and {@link LogKind#DECISION_REJECTED}); among them, in the order they were taken,
 * the decisions of playbook steps ({@link LogKind#PLAYBOOK_DECISION}) with the option chosen, why and what it set.
 */
final class ReportDecisions {

    private static final String K = "report.md.decision.";

    private final ReportMarkdown md;
    private final PlaybookLines playbooks;

    ReportDecisions(ReportMarkdown md) {
        this.md = md;
        this.playbooks = new PlaybookLines(md);
    }

    void write(StringBuilder out, List<LogEntry> entries) {
        out.append("## ").append(md.text("report.md.decisions")).append("\n\n");
        List<LogEntry> decisions = entries.stream()
                .filter(e -> is(e, LogKind.DECISION_RECORDED) || is(e, LogKind.PLAYBOOK_DECISION)).toList();
        if (decisions.isEmpty()) {
            out.append(md.text("report.md.decisions.none")).append("\n\n");
        }
        decisions.forEach(d -> {
            if (is(d, LogKind.PLAYBOOK_DECISION)) {
                playbookDecision(out, d);
            } else {
                decision(out, d, entries);
            }
        });
    }

    private void playbookDecision(StringBuilder out, LogEntry taken) {
        Map<String, Object> d = data(taken);
        out.append("### ").append(md.text(K + "playbook", code(string(d.get("playbook"))), code(string(d.get("step")))))
                .append("\n\n");
        item(out, "chosen", code(string(d.get("option"))));
        item(out, "rationale", inline(d.get("rationale")));
        String values = playbooks.values(d.get("fields"));
        if (!values.isEmpty()) {
            item(out, "values", values);
        }
        item(out, "proposed", md.text(K + "by", code(taken.actor()), md.at(taken.at())));
        out.append('\n');
    }

    private void decision(StringBuilder out, LogEntry recorded, List<LogEntry> entries) {
        Map<String, Object> d = data(recorded);
        Object id = d.get("decisionId");
        out.append("### ").append(inline(id)).append(": ").append(inline(d.get("question"))).append("\n\n");
        item(out, "options", options(d.get("options")));
        item(out, "chosen", inline(d.get("chosen")));
        item(out, "rationale", inline(d.get("rationale")));
        item(out, "proposed", md.text(K + "by", code(recorded.actor()), md.at(recorded.at())));
        item(out, "approval", approval(d.get("approval"), outcome(id, entries)));
        out.append('\n');
    }

    private String approval(Object needed, LogEntry outcome) {
        if (outcome != null) {
            String key = is(outcome, LogKind.DECISION_APPROVED) ? "approved" : "rejected";
            return md.text(K + key, code(outcome.actor()), md.at(outcome.at()), inline(data(outcome).get("reason")));
        }
        if (needed == null || "none".equals(needed)) {
            return md.text(K + "not-needed");
        }
        return md.text(K + "waiting", inline(needed));
    }

    /** The last approval or rejection of the decision, if any. */
    private static LogEntry outcome(Object decisionId, List<LogEntry> entries) {
        return entries.stream()
                .filter(e -> is(e, LogKind.DECISION_APPROVED) || is(e, LogKind.DECISION_REJECTED))
                .filter(e -> Objects.equals(data(e).get("decisionId"), decisionId))
                .reduce((first, second) -> second).orElse(null);
    }

    private void item(StringBuilder out, String label, String value) {
        out.append("- **").append(md.text(K + label)).append(":** ").append(value).append('\n');
    }

    private static String options(Object options) {
        if (options instanceof Collection<?> list) {
            return list.stream().map(ReportMarkdown::inline).collect(Collectors.joining("; "));
        }
        return inline(options);
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static boolean is(LogEntry entry, LogKind kind) {
        return kind.code().equals(entry.kind());
    }

    private static Map<String, Object> data(LogEntry entry) {
        return entry.data() == null ? Map.of() : entry.data();
    }
}
