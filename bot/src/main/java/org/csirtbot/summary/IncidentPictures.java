package org.csirtbot.summary;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbooks.model.ClockDef;
import org.csirtbot.updates.StatusUpdates;
import org.springframework.stereotype.Component;

/** Puts together what a summary shows of an incident from the incident and its log. */
@Component
public class IncidentPictures {

    /** Decisions a summary shows, the latest ones: enough to follow, short enough to read. */
    static final int DECISIONS_SHOWN = 3;

    private final IncidentLog log;
    private final StatusUpdates updates;
    private final PlaybookRuns runs;

    IncidentPictures(IncidentLog log, StatusUpdates updates, PlaybookRuns runs) {
        this.log = log;
        this.updates = updates;
        this.runs = runs;
    }

    /** The incident as summaries show it, clocks named in {@code locale}. */
    public IncidentPicture of(Incident incident, Locale locale) {
        List<LogEntry> entries = log.entries(incident.id(), List.of(LogKind.DECISION_RECORDED), Map.of());
        List<IncidentPicture.Decision> decisions = entries.stream()
                .map(e -> new IncidentPicture.Decision(text(e, "decisionId"), text(e, "question"), text(e, "chosen")))
                .toList();
        return new IncidentPicture(incident, updates.latest(incident.id()).orElse(null),
                decisions.subList(Math.max(0, decisions.size() - DECISIONS_SHOWN), decisions.size()),
                runningClocks(incident.id(), locale), updates.nextDue(incident).orElse(null), closedAt(incident));
    }

    /** The clocks running in the incident's playbook runs, named in the reader's language. */
    private List<IncidentPicture.Clock> runningClocks(String incidentId, Locale locale) {
        return runs.ofIncident(incidentId).stream().flatMap(run -> run.runningClocks().stream())
                .map(c -> new IncidentPicture.Clock(label(c.clock(), locale), c.state().deadline(), c.breached()))
                .toList();
    }

    private static String label(ClockDef clock, Locale locale) {
        return clock.label() == null ? clock.id() : clock.label().in(locale.getLanguage());
    }

    private static Instant closedAt(Incident incident) {
        if (incident.status() != IncidentStatus.CLOSED) {
            return null;
        }
        return incident.phases().stream().filter(p -> p.phase() == IncidentStatus.CLOSED)
                .map(Incident.Phase::startedAt).filter(Objects::nonNull).reduce((a, b) -> b).orElse(null);
    }

    private static String text(LogEntry entry, String key) {
        Object value = entry.data() == null ? null : entry.data().get(key);
        return value == null ? "" : value.toString();
    }
}
