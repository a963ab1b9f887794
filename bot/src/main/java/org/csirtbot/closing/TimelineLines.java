package org.csirtbot.closing;

import static org.csirtbot.closing.ReportMarkdown.code;
import static org.csirtbot.closing.ReportMarkdown.inline;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;

/**
 * One log entry as a line of the post-incident report's timeline: number, UTC time, who, and what in words. Kinds
 * this version does not know (added later, or by another module) are shown with their data as it is.
 */
final class TimelineLines {

    private static final String KIND = "report.md.kind.";

    private final ReportMarkdown md;
    private final PlaybookLines playbooks;
    private final CoordinationLines coordination;

    TimelineLines(ReportMarkdown md) {
        this.md = md;
        this.playbooks = new PlaybookLines(md);
        this.coordination = new CoordinationLines(md);
    }

    String line(LogEntry entry) {
        return "- #" + entry.seq() + " · " + md.at(entry.at()) + " · " + code(entry.actor()) + " · "
                + describe(entry);
    }

    private String describe(LogEntry entry) {
        Map<String, Object> d = entry.data() == null ? Map.of() : entry.data();
        Optional<LogKind> known = Arrays.stream(LogKind.values()).filter(k -> k.code().equals(entry.kind())).findFirst();
        if (known.isEmpty()) {
            return asItIs(entry.kind(), d);
        }
        LogKind kind = known.get();
        if (LogKind.PLAYBOOK_KINDS.contains(kind)) {
            return Optional.ofNullable(playbooks.describe(kind, d)).orElseGet(() -> asItIs(entry.kind(), d));
        }
        String coordinated = coordination.describe(kind, d);
        if (coordinated != null) {
            return coordinated;
        }
        String key = KIND + kind.code();
        return switch (kind) {
            case REPORTED, REPORT_ATTACHED -> md.text(key, inline(d.get("reportId")), md.label("category.", d.get("category")),
                    md.when(d.get("reportedAt")));
            case DECLARED -> md.text(key, inline(d.get("title")), md.label("severity.", d.get("severity")),
                    md.label("category.", d.get("category")), inline(d.get("tlp")), code(string(d.get("commander"))));
            case CHANNEL_CREATED -> md.text(key, inline(d.get("name")));
            case MEMBERS_INVITED -> md.text(key, users(d.get("users")));
            case STATUS_CHANGED -> md.text(key, md.label("status.", d.get("from")), md.label("status.", d.get("to")));
            case CLOSED -> md.text(key, md.label("status.", d.get("from")));
            case NOTE_ADDED -> md.text(key, inline(d.get("text")));
            case SEVERITY_CHANGED -> md.text(key, md.label("severity.", d.get("from")), md.label("severity.", d.get("to")),
                    inline(d.get("reason")));
            case SEVERITY_LOWERING_PROPOSED -> md.text(key, inline(d.get("playbook")), md.label("severity.", d.get("from")),
                    md.label("severity.", d.get("to")));
            case ROLE_ASSIGNED -> d.get("previous") == null
                    ? md.text(key, md.label("report.md.role.", d.get("role")), code(string(d.get("userId"))))
                    : md.text(key + ".handover", md.label("report.md.role.", d.get("role")), code(string(d.get("userId"))),
                            code(string(d.get("previous"))));
            case ROLE_REMOVED -> md.text(key, md.label("report.md.role.", d.get("role")), code(string(d.get("userId"))));
            case DECISION_RECORDED -> md.text(key, inline(d.get("decisionId")), inline(d.get("question")),
                    inline(d.get("chosen")));
            case DECISION_APPROVED, DECISION_REJECTED -> md.text(key, inline(d.get("decisionId")), inline(d.get("reason")));
            case LESSONS_RECORDED -> md.text(key, String.valueOf(d.get("answers") instanceof Map<?, ?> m ? m.size() : 0),
                    String.valueOf(LessonsQuestion.values().length));
            case LEGAL_HOLD_CHANGED -> md.text(key + (Boolean.TRUE.equals(d.get("hold")) ? ".on" : ".off"),
                    inline(d.get("reason")));
            case MESSAGE_CAPTURED -> md.text(key, code(string(d.get("author"))), md.when(d.get("postedAt")),
                    inline(d.get("text")), d.get("permalink") == null ? "—" : "<" + d.get("permalink") + ">");
            case CAPTURED_MESSAGE_EDITED -> md.text(key, inline(d.get("ts")), md.when(d.get("editedAt")),
                    inline(d.get("text")));
            case CAPTURED_MESSAGE_DELETED -> md.text(key, inline(d.get("ts")), md.when(d.get("deletedAt")));
            case IMPROVEMENT_RECORDED -> md.text(key, inline(d.get("improvement")), code(string(d.get("owner"))),
                    inline(d.get("dueOn")), inline(d.get("text")));
            case RECOVERY_COMPLETED -> md.text(key, inline(d.get("evidence")));
            case INCIDENT_LINKED -> md.text(key, inline(d.get("other")), inline(d.get("reason")));
            case INCIDENT_UNLINKED -> md.text(key, inline(d.get("other")));
            case INCIDENT_MERGED_INTO -> md.text(key, inline(d.get("into")), md.label("status.", d.get("from")));
            case INCIDENT_MERGED -> md.text(key, inline(d.get("merged")),
                    d.get("reports") instanceof Collection<?> reports ? String.valueOf(reports.size()) : "0");
            case INCIDENT_REOPENED -> md.text(key, md.label("status.", d.get("toStatus")), inline(d.get("reason")));
            // kinds without data of note; a kind added since, without a text of its own, is shown as it is
            default -> Optional.ofNullable(md.textOrNull(key)).orElseGet(() -> asItIs(entry.kind(), d));
        };
    }

    private String asItIs(String kind, Map<String, Object> data) {
        return md.text(KIND + "other", inline(kind), inline(fields(data)));
    }

    private static String users(Object users) {
        if (users instanceof Collection<?> list) {
            return list.stream().map(u -> code(string(u))).collect(Collectors.joining(", "));
        }
        return code(string(users));
    }

    /** Data as {@code key: value; …}, keys sorted, for kinds shown as they are. */
    private static String fields(Map<String, Object> data) {
        return new TreeMap<>(data).entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; "));
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
