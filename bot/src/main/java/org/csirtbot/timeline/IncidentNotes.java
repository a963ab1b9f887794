package org.csirtbot.timeline;

import java.util.Map;
import java.util.Objects;

import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.springframework.stereotype.Component;

/** Notes in an incident's log: someone's text, kept exactly as written. Who may add one is not checked here. */
@Component
public class IncidentNotes {

    /** The longest note, in characters (code points). */
    public static final int MAX_LENGTH = 3000;

    private final IncidentLog log;

    IncidentNotes(IncidentLog log) {
        this.log = log;
    }

    /** Appends a {@link LogKind#NOTE_ADDED} entry by {@code actor}; the text must not be blank or too long. */
    public LogEntry add(String incidentId, String actor, String text) {
        Objects.requireNonNull(incidentId, "incidentId");
        Objects.requireNonNull(actor, "actor");
        if (!fits(text)) {
            throw new IllegalArgumentException("a note needs 1 to " + MAX_LENGTH + " characters");
        }
        return log.append(incidentId, actor, LogKind.NOTE_ADDED, Map.of("text", text));
    }

    /** Whether {@code text} can be a note: not blank, at most {@link #MAX_LENGTH} characters. */
    public static boolean fits(String text) {
        return text != null && !text.isBlank() && text.codePointCount(0, text.length()) <= MAX_LENGTH;
    }
}
