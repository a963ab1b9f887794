package org.csirtbot.closing;

import static org.csirtbot.closing.ReportMarkdown.code;
import static org.csirtbot.closing.ReportMarkdown.inline;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.csirtbot.incident.LogKind;

/**
 * What a playbook run logged ({@link LogKind#PLAYBOOK_KINDS}) as sentences of the report's timeline: the playbook,
 * step or clock by ID (the log holds no names), who acted being the line's actor, the reason given and what was
 * recorded, shortened so that a line stays a line; the log itself keeps every value whole.
 */
final class PlaybookLines {

    private static final String KIND = "report.md.kind.";
    /** Values longer than this are cut with an ellipsis. */
    static final int VALUE_MAX = 80;
    /** Fields shown at most; the rest are counted. */
    static final int FIELDS_MAX = 5;

    private final ReportMarkdown md;

    PlaybookLines(ReportMarkdown md) {
        this.md = md;
    }

    /** The sentence, or null for a kind this version has none for. */
    String describe(LogKind kind, Map<String, Object> d) {
        String key = KIND + kind.code();
        String playbook = id(d.get("playbook"));
        String step = id(d.get("step"));
        String clock = id(d.get("clock"));
        return switch (kind) {
            case PLAYBOOK_STARTED -> md.text(key, playbook, inline(d.get("version")), md.label("severity.", d.get("severity")));
            case PLAYBOOK_STEP_COMPLETED -> md.text(key, playbook, step, recorded(d.get("fields")));
            case PLAYBOOK_STEP_SKIPPED -> md.text(key + (yes(d.get("waived")) ? ".waived" : ""), playbook, step,
                    inline(d.get("reason")));
            case PLAYBOOK_DECISION -> md.text(key, playbook, step, id(d.get("option")), inline(d.get("rationale")),
                    recorded(d.get("fields")));
            case PLAYBOOK_APPROVAL -> "rejected".equals(d.get("verdict"))
                    ? md.text(key + ".rejected", playbook, step, comment(d.get("comment")))
                    : md.text(key + ".approved", playbook, step, inline(d.get("approvals")), inline(d.get("needed")),
                            comment(d.get("comment")));
            case PLAYBOOK_INPUTS -> md.text(key, playbook, values(d.get("values")));
            case PLAYBOOK_ESCALATION, PLAYBOOK_REMINDER -> md.text(key + (d.get("escalateTo") == null ? ".nobody" : ""),
                    playbook, step, kind == LogKind.PLAYBOOK_ESCALATION ? md.when(d.get("dueAt")) : inline(d.get("number")),
                    id(d.get("escalateTo")));
            case PLAYBOOK_FINISHED -> md.text(key, playbook);
            case CLOCK_STARTED -> md.text(key + (d.get("hardDeadline") == null ? "" : ".hard"), playbook, clock,
                    md.when(d.get("startedAt")), md.when(d.get("deadline")), md.when(d.get("hardDeadline")));
            case CLOCK_WARNING -> md.text(key, playbook, clock, md.when(d.get("deadline")), md.isoDuration(d.get("before")));
            case CLOCK_BREACHED -> md.text(key + (yes(d.get("hard")) ? ".hard" : ""), playbook, clock,
                    md.when(d.get("deadline")));
            case CLOCK_STOPPED -> md.text(key + (yes(d.get("metDeadline")) ? "" : ".late"), playbook, clock);
            default -> null;
        };
    }

    /** {@code ; recorded: …} for the fields a step or decision recorded, nothing when none. */
    String recorded(Object fields) {
        String values = values(fields);
        return values.isEmpty() ? "" : md.text("report.md.playbook.recorded", values);
    }

    /**
     * {@code `key` = value; …} in key order: a multiple field's lines joined with commas, long values cut, at most
     * {@link #FIELDS_MAX} fields and a count of the rest.
     */
    String values(Object fields) {
        if (!(fields instanceof Map<?, ?> map) || map.isEmpty()) {
            return "";
        }
        List<String> shown = new TreeMap<>(map).entrySet().stream().limit(FIELDS_MAX)
                .map(e -> code(String.valueOf(e.getKey())) + " = " + inline(shortened(e.getValue())))
                .collect(Collectors.toList());
        if (map.size() > FIELDS_MAX) {
            shown.add(md.text("report.md.playbook.more", String.valueOf(map.size() - FIELDS_MAX)));
        }
        return String.join("; ", shown);
    }

    private static String shortened(Object value) {
        String text = value == null ? "" : String.valueOf(value).strip().replaceAll("\\s*\\R\\s*", ", ");
        return text.length() <= VALUE_MAX ? text : text.substring(0, VALUE_MAX - 1).strip() + "…";
    }

    /** {@code : comment}, nothing when none was given. */
    private static String comment(Object comment) {
        return comment == null || String.valueOf(comment).isBlank() ? "" : ": " + inline(comment);
    }

    private static String id(Object value) {
        return code(value == null ? null : String.valueOf(value));
    }

    private static boolean yes(Object flag) {
        return Boolean.TRUE.equals(flag) || "true".equals(flag);
    }
}
