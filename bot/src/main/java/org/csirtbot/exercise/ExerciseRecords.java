package org.csirtbot.exercise;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;

/**
 * What an exercise's log says about it: the injects delivered (when, in which message), the first response to each,
 * the decisions taken and the improvement items, oldest first. The log is the record; nothing else is stored.
 */
record ExerciseRecords(Map<String, LogEntry> delivered, Map<String, LogEntry> responses, List<LogEntry> decisions,
                       List<LogEntry> improvements) {

    static ExerciseRecords of(List<LogEntry> entries) {
        Map<String, LogEntry> delivered = new LinkedHashMap<>();
        Map<String, LogEntry> responses = new LinkedHashMap<>();
        entries.stream().filter(e -> is(e, LogKind.EXERCISE_INJECT_DELIVERED))
                .forEach(e -> delivered.putIfAbsent(inject(e), e));
        entries.stream().filter(e -> is(e, LogKind.EXERCISE_RESPONSE))
                .forEach(e -> responses.putIfAbsent(inject(e), e));
        List<LogEntry> decisions = entries.stream()
                .filter(e -> is(e, LogKind.DECISION_RECORDED) || is(e, LogKind.PLAYBOOK_DECISION)).toList();
        List<LogEntry> improvements = entries.stream().filter(e -> is(e, LogKind.EXERCISE_IMPROVEMENT)).toList();
        return new ExerciseRecords(delivered, responses, decisions, improvements);
    }

    /** The first decision taken in the room at or after {@code since}: what answers an inject expecting one. */
    Optional<LogEntry> firstDecisionSince(Instant since) {
        return decisions.stream().filter(d -> !d.at().isBefore(since)).findFirst();
    }

    static boolean is(LogEntry entry, LogKind kind) {
        return kind.code().equals(entry.kind());
    }

    private static String inject(LogEntry entry) {
        return String.valueOf(entry.data().get("inject"));
    }
}
