package org.csirtbot.playbook;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.csirtbot.incident.Incident;
import org.csirtbot.playbooks.model.Sla;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.springframework.stereotype.Component;

/**
 * The values the bot gives a run when it starts, from its incident: {@code __incident_severity__} (kept current by
 * {@link RunSeverities}), {@code __t_declared__} (what {@code sla: {from: declared}} counts from) and
 * {@code __t_aware__}, the moment of awareness: when the first of its reports was received, else the declaration. A
 * playbook that records its own awareness overwrites it.
 */
@Component
class IncidentValues {

    static final String INCIDENT_SEVERITY = "__incident_severity__";
    static final String AWARE_AT = "__t_aware__";

    private final ReportIntake reports;

    IncidentValues(ReportIntake reports) {
        this.reports = reports;
    }

    Map<String, String> of(Incident incident) {
        Map<String, String> values = new LinkedHashMap<>();
        if (incident.severity() != null) {
            values.put(INCIDENT_SEVERITY, incident.severity().name());
        }
        if (incident.declaredAt() != null) {
            values.put(Sla.DECLARED_AT, rfc3339(incident.declaredAt()));
        }
        Instant aware = incident.reportIds().stream().map(reports::find).flatMap(java.util.Optional::stream)
                .map(Report::reportedAt).filter(Objects::nonNull).min(Instant::compareTo).orElse(incident.declaredAt());
        if (aware != null) {
            values.put(AWARE_AT, rfc3339(aware));
        }
        return values;
    }

    private static String rfc3339(Instant at) {
        return at.atOffset(ZoneOffset.UTC).toString();
    }
}
