package org.csirtbot.closing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRole;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.Tlp;
import org.csirtbot.metrics.IncidentTimes;
import org.csirtbot.report.ReportCategory;

/**
 * The incident as its hash-chained log tells it, replayed from {@link LogKind#DECLARED} on: title, severity,
 * category, TLP, commander, when it began, its phases, roles, reports and lessons. The incident document in MongoDB
 * can be edited by whoever administers the database without the log showing it; the report shows what the log
 * says, and names each field in which the document says otherwise ({@code differences}, the keys of
 * {@code report.md.field.*}). What the log does not record (the room, retention, an exercise) is the document's.
 */
record LoggedIncident(Incident incident, List<String> differences) {

    /** The incident as logged; the document itself when the log holds no declaration (it was purged or lost). */
    static LoggedIncident of(Incident document, List<LogEntry> entries) {
        LogEntry declared = entries.stream().filter(e -> is(e, LogKind.DECLARED)).findFirst().orElse(null);
        if (declared == null || declared.data() == null) {
            return new LoggedIncident(document, List.of());
        }
        Replay log = new Replay(declared);
        entries.forEach(log::apply);
        Map<String, Object> d = declared.data();
        Incident logged = new Incident(document.id(), text(d, "title"), named(Severity.values(), log.severity),
                ReportCategory.fromCode(text(d, "category")).orElse(document.category()),
                Tlp.fromLabel(text(d, "tlp")).orElse(document.tlp()),
                Boolean.TRUE.equals(d.get("confidential")), log.status, log.commander, declared.actor(), declared.at(),
                IncidentTimes.instant(d.get("beganAt")), log.reports, document.inviteReporters(), document.room(),
                log.phases, log.roles, new Incident.Closure(log.lessons, document.closure().archivedAt()),
                document.retention(), document.exercise());
        return new LoggedIncident(logged, differences(document, logged));
    }

    private static List<String> differences(Incident document, Incident logged) {
        List<String> differ = new ArrayList<>();
        differ(differ, "title", document.title(), logged.title());
        differ(differ, "severity", document.severity(), logged.severity());
        differ(differ, "category", document.category(), logged.category());
        differ(differ, "tlp", document.tlp() + "/" + document.confidential(), logged.tlp() + "/" + logged.confidential());
        differ(differ, "status", phaseNames(document), phaseNames(logged));
        differ(differ, "commander", document.commanderId(), logged.commanderId());
        differ(differ, "roles", holders(document), holders(logged));
        differ(differ, "declared", document.declaredBy(), logged.declaredBy());
        differ(differ, "began", document.beganAt(), logged.beganAt());
        differ(differ, "reports", Set.copyOf(document.reportIds()), Set.copyOf(logged.reportIds()));
        differ(differ, "lessons", document.closure().lessons(), logged.closure().lessons());
        return List.copyOf(differ);
    }

    private static void differ(List<String> differ, String field, Object inDocument, Object inLog) {
        if (!Objects.equals(inDocument, inLog)) {
            differ.add(field);
        }
    }

    private static List<IncidentStatus> phaseNames(Incident incident) {
        return incident.phases().stream().map(Incident.Phase::phase).toList();
    }

    private static Set<String> holders(Incident incident) {
        return incident.roles().stream().map(r -> r.role().code() + ":" + r.userId()).collect(Collectors.toSet());
    }

    /** The constant of this name; null for none (the report then says unknown). */
    private static <E extends Enum<E>> E named(E[] constants, String name) {
        return Arrays.stream(constants).filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static boolean is(LogEntry entry, LogKind kind) {
        return kind.code().equals(entry.kind());
    }

    private static String text(Map<String, ?> data, String field) {
        Object value = data == null ? null : data.get(field);
        return value == null ? null : value.toString();
    }

    /** The state changes of the log, applied in order. */
    private static final class Replay {

        String severity;
        IncidentStatus status = IncidentStatus.TRIAGE;
        String commander;
        final List<Incident.Phase> phases = new ArrayList<>();
        final List<Incident.RoleHolder> roles = new ArrayList<>();
        final List<String> reports = new ArrayList<>();
        Map<String, String> lessons = Map.of();

        Replay(LogEntry declared) {
            severity = text(declared.data(), "severity");
            commander = text(declared.data(), "commander");
            phases.add(new Incident.Phase(status, declared.at(), null));
        }

        void apply(LogEntry e) {
            Map<String, Object> data = e.data() == null ? Map.of() : e.data();
            LogKind kind = e.kind() == null ? null : named(LogKind.values(), e.kind().toUpperCase(Locale.ROOT));
            if (kind == null) {
                return;
            }
            switch (kind) {
                case REPORTED, REPORT_ATTACHED -> report(text(data, "reportId"));
                case SEVERITY_CHANGED -> severity = text(data, "to");
                case STATUS_CHANGED -> enter(IncidentStatus.ofCode(text(data, "to")).orElse(status), e.at());
                case CLOSED, INCIDENT_MERGED_INTO -> enter(IncidentStatus.CLOSED, e.at());
                case INCIDENT_REOPENED -> enter(IncidentStatus.ofCode(text(data, "toStatus")).orElse(status), e.at());
                case ROLE_ASSIGNED -> IncidentRole.ofCode(text(data, "role")).ifPresent(r -> give(r, text(data, "userId"), e.at()));
                case ROLE_REMOVED -> roles.removeIf(r -> r.role().code().equals(text(data, "role"))
                        && r.userId().equals(text(data, "userId")));
                case LESSONS_RECORDED -> lessons = answers(data.get("answers"));
                default -> { }
            }
        }

        private void report(String reportId) {
            if (reportId != null && !reports.contains(reportId)) {
                reports.add(reportId);
            }
        }

        private void enter(IncidentStatus to, Instant at) {
            Incident.Phase current = phases.remove(phases.size() - 1);
            phases.add(new Incident.Phase(current.phase(), current.startedAt(), at));
            phases.add(new Incident.Phase(to, at, null));
            status = to;
        }

        private void give(IncidentRole role, String userId, Instant at) {
            if (role == IncidentRole.COMMANDER) {
                commander = userId;
                return;
            }
            if (role.heldByOne()) {
                roles.removeIf(r -> r.role() == role);
            }
            roles.add(new Incident.RoleHolder(role, userId, at));
        }

        private static Map<String, String> answers(Object answers) {
            Map<String, String> kept = new LinkedHashMap<>();
            if (answers instanceof Map<?, ?> map) {
                map.forEach((question, answer) -> kept.put(String.valueOf(question), String.valueOf(answer)));
            }
            return kept;
        }
    }
}
