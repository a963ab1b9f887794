package org.csirtbot.timeline;

import static org.csirtbot.incident.LogKind.CAPTURED_MESSAGE_DELETED;
import static org.csirtbot.incident.LogKind.CAPTURED_MESSAGE_EDITED;
import static org.csirtbot.incident.LogKind.MESSAGE_CAPTURED;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.springframework.stereotype.Component;

/**
 * The incident's timeline: messages of its room captured into its log exactly as they were, each once, and
 * what became of them later (edited, deleted) as entries of their own, so the captured entry never changes.
 * Who may capture is not checked here: anyone in the room may.
 */
@Component
public class CapturedMessages {

    private static final List<LogKind> VERSIONS = List.of(MESSAGE_CAPTURED, CAPTURED_MESSAGE_EDITED);

    private final IncidentLog log;

    CapturedMessages(IncidentLog log) {
        this.log = log;
    }

    /**
     * A message as Slack holds it.
     *
     * @param threadTs  the thread's parent timestamp for a thread reply, otherwise null
     * @param permalink its link, or null when Slack gave none
     */
    public record Message(String channelId, String ts, String threadTs, String authorId, String text,
                          Instant postedAt, String permalink) {
    }

    /** What became of a capture. */
    public enum Outcome {
        CAPTURED,
        /** The message was already in the log; {@link Capture#entry()} is that first capture. */
        ALREADY_CAPTURED,
        /** A closed incident's log takes no new captures; nothing was written. */
        INCIDENT_CLOSED
    }

    /** The outcome, and the entry written or found (null when the incident is closed). */
    public record Capture(Outcome outcome, LogEntry entry) {
    }

    /** Appends a {@link LogKind#MESSAGE_CAPTURED} entry by {@code capturedBy}, unless the message is already in. */
    public Capture capture(Incident incident, String capturedBy, Message message) {
        if (incident.status() == IncidentStatus.CLOSED) {
            return new Capture(Outcome.INCIDENT_CLOSED, null);
        }
        Map<String, Object> data = which(message.channelId(), message.ts());
        if (message.threadTs() != null) {
            data.put("threadTs", message.threadTs());
        }
        data.put("author", message.authorId());
        data.put("text", Objects.requireNonNullElse(message.text(), ""));
        data.put("postedAt", message.postedAt().toString());
        if (message.permalink() != null) {
            data.put("permalink", message.permalink());
        }
        var appended = log.appendOnce(incident.id(), capturedBy, MESSAGE_CAPTURED, data,
                which(message.channelId(), message.ts()));
        return new Capture(appended.added() ? Outcome.CAPTURED : Outcome.ALREADY_CAPTURED, appended.entry());
    }

    /** The entry that captured this message, if it was captured. */
    public Optional<LogEntry> captureOf(String incidentId, String channelId, String ts) {
        return log.entries(incidentId, List.of(MESSAGE_CAPTURED), which(channelId, ts)).stream().findFirst();
    }

    /**
     * Appends a {@link LogKind#CAPTURED_MESSAGE_EDITED} entry when a captured message got a new text; empty when
     * it was not captured, or its text is the one last logged (Slack also reports link previews and new thread
     * replies as changes).
     */
    public Optional<LogEntry> edited(String incidentId, String channelId, String ts, String text, Instant editedAt,
                                     String editedBy) {
        List<LogEntry> versions = log.entries(incidentId, VERSIONS, which(channelId, ts));
        String newText = Objects.requireNonNullElse(text, "");
        if (versions.isEmpty() || newText.equals(versions.get(versions.size() - 1).data().get("text"))) {
            return Optional.empty();
        }
        Map<String, Object> data = which(channelId, ts);
        data.put("text", newText);
        data.put("editedAt", editedAt.toString());
        Map<String, Object> sameEdit = which(channelId, ts);
        sameEdit.put("editedAt", editedAt.toString());
        return added(log.appendOnce(incidentId, editedBy, CAPTURED_MESSAGE_EDITED, data, sameEdit));
    }

    /** Appends a {@link LogKind#CAPTURED_MESSAGE_DELETED} entry once when a captured message is deleted. */
    public Optional<LogEntry> deleted(String incidentId, String channelId, String ts, Instant deletedAt) {
        if (captureOf(incidentId, channelId, ts).isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> data = which(channelId, ts);
        data.put("deletedAt", deletedAt.toString());
        return added(log.appendOnce(incidentId, IncidentLog.BOT, CAPTURED_MESSAGE_DELETED, data,
                which(channelId, ts)));
    }

    private static Optional<LogEntry> added(IncidentLog.Appended appended) {
        return appended.added() ? Optional.of(appended.entry()) : Optional.empty();
    }

    /** The fields that name one message; a new map each time. */
    private static Map<String, Object> which(String channelId, String ts) {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("channel", Objects.requireNonNull(channelId, "channelId"));
        key.put("ts", Objects.requireNonNull(ts, "ts"));
        return key;
    }
}
