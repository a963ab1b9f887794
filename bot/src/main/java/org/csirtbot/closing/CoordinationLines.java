package org.csirtbot.closing;

import static org.csirtbot.closing.ReportMarkdown.code;
import static org.csirtbot.closing.ReportMarkdown.inline;

import java.util.Map;

import org.csirtbot.incident.LogKind;

/**
 * What the features around an incident logged, as sentences of the report's timeline: exercises, status updates,
 * communications, TLP and confidentiality, the room moving, campaigns and outside requests. A code in the data (an
 * inject's kind, a communication's template, a request's direction or status) is shown by its label in the
 * report's language, never as it is stored.
 */
final class CoordinationLines {

    private static final String KIND = "report.md.kind.";

    private final ReportMarkdown md;

    CoordinationLines(ReportMarkdown md) {
        this.md = md;
    }

    /** The sentence, or null for a kind this class does not describe. */
    String describe(LogKind kind, Map<String, Object> d) {
        String key = KIND + kind.code();
        return switch (kind) {
            case EXERCISE_STARTED -> md.text(key, code(string(d.get("scenario"))), inline(d.get("pace")));
            case EXERCISE_INJECT_DELIVERED -> md.text(key, code(string(d.get("inject"))),
                    md.label("exercise.report.kind.", d.get("kind")), md.isoDuration(d.get("at")));
            case EXERCISE_RESPONSE -> md.text(key, code(string(d.get("inject"))), inline(d.get("text")));
            case EXERCISE_IMPROVEMENT -> md.text(key, code(string(d.get("owner"))), inline(d.get("text")));
            case EXERCISE_ENDED -> md.text(key + ("closed".equals(d.get("by")) ? ".closed" : ""));
            case STATUS_UPDATE_POSTED -> md.text(key, inline(d.get("status")));
            case COMMS_DRAFTED -> md.text(key, code(string(d.get("comms"))), inline(d.get("version")),
                    md.label("comms.kind.", d.get("template")), inline(d.get("subject")));
            case COMMS_APPROVED -> md.text(key, code(string(d.get("comms"))), inline(d.get("version")));
            case COMMS_REJECTED -> md.text(key, code(string(d.get("comms"))), inline(d.get("version")),
                    inline(d.get("reason")));
            case COMMS_SENT -> md.text(key, code(string(d.get("comms"))), inline(d.get("version")),
                    inline(d.get("where")));
            case TLP_CHANGED -> md.text(key, inline(d.get("from")), inline(d.get("to")), inline(d.get("reason")));
            case CONFIDENTIAL_CHANGED -> md.text(key + (yes(d.get("to")) ? ".on" : ".off"), inline(d.get("reason")));
            case ROOM_MOVED -> md.text(key, code(string(d.get("from"))), code(string(d.get("to"))));
            case CAMPAIGN_ATTACHED -> md.text(key, code(string(d.get("campaign"))), inline(d.get("reports")));
            case OUTSIDE_REQUEST_LOGGED -> md.text(key, code(string(d.get("request"))),
                    md.label("request.direction.", d.get("direction")), inline(d.get("partnerName")),
                    inline(d.get("subject")));
            case OUTSIDE_REQUEST_CHANGED -> md.text(key, code(string(d.get("request"))),
                    md.label("request.status.", d.get("from")), md.label("request.status.", d.get("to")));
            case OUTSIDE_REQUEST_REMINDED -> md.text(key, code(string(d.get("request"))), inline(d.get("dueOn")));
            default -> null;
        };
    }

    private static boolean yes(Object flag) {
        return Boolean.TRUE.equals(flag) || "true".equals(flag);
    }

    private static String string(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
