package org.csirtbot.closing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.springframework.stereotype.Component;

/**
 * "Recovery complete" as a gate of its own (NIST SP 800-61r3, CSF 2.0 RC.RP-05 and RC.RP-06): the commander or deputy
 * declares it against {@link #CRITERIA}, saying how each was verified, logged as {@link LogKind#RECOVERY_COMPLETED}
 * with who and when. An incident that reached containment is not closed before it; one that never did (a false
 * positive, a scan) needs none. The phases stay those responders know: it is recorded while recovering or in
 * post-incident, the latest declaration counting.
 */
@Component
public class RecoveryGate {

    /** What recovery complete means, each the text {@code recovery.criterion.<id>}. */
    public static final List<String> CRITERIA = List.of("restored", "confirmed", "monitored");
    /** The phases in which recovery can be declared complete. */
    public static final Set<IncidentStatus> DECLARABLE = Set.of(IncidentStatus.RECOVERING, IncidentStatus.POST_INCIDENT);

    private final IncidentLog log;

    RecoveryGate(IncidentLog log) {
        this.log = log;
    }

    /** Whether the incident needs the gate: it was ever in {@code containing}. */
    public static boolean needed(Incident incident) {
        return incident.phases().stream().anyMatch(p -> p.phase() == IncidentStatus.CONTAINING);
    }

    /** The latest declaration that recovery is complete; empty before any. */
    public Optional<LogEntry> recorded(String incidentId) {
        return log.entries(incidentId, List.of(LogKind.RECOVERY_COMPLETED), Map.of()).stream().reduce((a, b) -> b);
    }

    /** What keeps the incident from closing for this gate; empty when nothing. */
    Optional<ClosureCriteria.Missing> missing(Incident incident) {
        return needed(incident) && recorded(incident.id()).isEmpty()
                ? Optional.of(new ClosureCriteria.Missing(ClosureCriteria.Criterion.RECOVERY, List.of()))
                : Optional.empty();
    }

    /** Records that recovery is complete, how the criteria were verified being {@code evidence}. */
    public LogEntry record(Incident incident, String by, String evidence) {
        if (!DECLARABLE.contains(incident.status())) {
            throw new IllegalStateException(incident.id() + " is " + incident.status().code());
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("criteria", CRITERIA);
        data.put("evidence", evidence);
        return log.append(incident.id(), by, LogKind.RECOVERY_COMPLETED, data);
    }
}
