package org.csirtbot.playbook;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.Severity;
import org.csirtbot.incident.SeverityChanges;
import org.csirtbot.playbooks.engine.Actor;
import org.csirtbot.playbooks.engine.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Writes what happened in a run to the incident log, one entry per event of note (who, which step, why), and carries a
 * decision's new severity over to the incident, as a severity change by whoever took the decision, for the option
 * chosen and its rationale (so a raise alerts as any raise does); a lowering is only logged as proposed
 * ({@link LogKind#SEVERITY_LOWERING_PROPOSED}): the commander confirms it or not. Steps made ready, passed over or due soon are not
 * logged: the entries of the actions that caused them tell it.
 */
@Component
class RunRecords {

    private static final Logger log = LoggerFactory.getLogger(RunRecords.class);

    private final IncidentLog incidentLog;
    private final SeverityChanges severities;
    private final String language;

    RunRecords(IncidentLog incidentLog, SeverityChanges severities, @Value("${csirtbot.locale:en}") Locale locale) {
        this.incidentLog = incidentLog;
        this.severities = severities;
        this.language = locale.getLanguage();
    }

    void record(String incidentId, String playbook, List<Event> events, String starter) {
        Event.DecisionTaken decision = null;
        for (Event event : events) {
            if (event instanceof Event.DecisionTaken taken) {
                decision = taken;
            }
            Entry entry = entry(event, starter);
            if (entry != null) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("playbook", playbook);
                data.putAll(entry.data());
                incidentLog.appendPlaybookEntry(incidentId, entry.actor(), entry.kind(), data);
            }
            if (event instanceof Event.SeverityChanged changed && changed.step() != null) {
                reRate(incidentId, playbook, changed, decision);
            } else if (event instanceof Event.SeverityLoweringProposed proposed) {
                proposed(incidentId, playbook, proposed, decision);
            }
        }
    }

    private record Entry(LogKind kind, String actor, Map<String, Object> data) {
    }

    private static Entry entry(Event event, String starter) {
        if (event instanceof Event.RunStarted e) {
            return new Entry(LogKind.PLAYBOOK_STARTED, starter, data("version", e.version(), "severity", e.severity().name()));
        } else if (event instanceof Event.StepCompleted e) {
            return new Entry(LogKind.PLAYBOOK_STEP_COMPLETED, actor(e.actor()), data("step", e.step(), "fields", e.fields()));
        } else if (event instanceof Event.StepSkipped e) {
            return new Entry(LogKind.PLAYBOOK_STEP_SKIPPED, actor(e.actor()),
                    data("step", e.step(), "reason", e.reason(), "waived", e.waived()));
        } else if (event instanceof Event.DecisionTaken e) {
            return new Entry(LogKind.PLAYBOOK_DECISION, actor(e.actor()),
                    data("step", e.step(), "option", e.option(), "rationale", e.rationale(), "fields", e.fields()));
        } else if (event instanceof Event.ApprovalGiven e) {
            return new Entry(LogKind.PLAYBOOK_APPROVAL, actor(e.actor()), data("step", e.step(), "verdict", "approved",
                    "comment", e.comment(), "approvals", e.approvals(), "needed", e.needed()));
        } else if (event instanceof Event.ApprovalRejected e) {
            return new Entry(LogKind.PLAYBOOK_APPROVAL, actor(e.actor()),
                    data("step", e.step(), "verdict", "rejected", "comment", e.reason()));
        } else if (event instanceof Event.InputsProvided e) {
            return new Entry(LogKind.PLAYBOOK_INPUTS, actor(e.actor()), data("values", e.values()));
        } else if (event instanceof Event.RunFinished) {
            return new Entry(LogKind.PLAYBOOK_FINISHED, IncidentLog.BOT, Map.of());
        }
        return timeEntry(event);
    }

    /** What time alone brings: escalations, reminders and clocks; the bot is the actor. */
    private static Entry timeEntry(Event event) {
        Map<String, Object> data = null;
        LogKind kind = null;
        if (event instanceof Event.StepOverdue e) {
            kind = LogKind.PLAYBOOK_ESCALATION;
            data = data("step", e.step(), "dueAt", e.dueAt().toString(), "escalateTo", e.escalateTo());
        } else if (event instanceof Event.StepReminder e) {
            kind = LogKind.PLAYBOOK_REMINDER;
            data = data("step", e.step(), "number", e.number(), "escalateTo", e.escalateTo());
        } else if (event instanceof Event.ClockStarted e) {
            kind = LogKind.CLOCK_STARTED;
            data = data("clock", e.clock(), "startedAt", e.startedAt().toString(), "deadline", e.deadline().toString(),
                    "hardDeadline", e.hardDeadline() == null ? null : e.hardDeadline().toString());
        } else if (event instanceof Event.ClockWarning e) {
            kind = LogKind.CLOCK_WARNING;
            data = data("clock", e.clock(), "deadline", e.deadline().toString(), "before", e.before());
        } else if (event instanceof Event.ClockDeadlinePassed e) {
            kind = LogKind.CLOCK_BREACHED;
            data = data("clock", e.clock(), "deadline", e.deadline().toString(), "hard", e.hard());
        } else if (event instanceof Event.ClockStopped e) {
            kind = LogKind.CLOCK_STOPPED;
            data = data("clock", e.clock(), "metDeadline", e.metDeadline());
        }
        return kind == null ? null : new Entry(kind, IncidentLog.BOT, data);
    }

    /** A decision re-rated the run: the incident takes that severity too, logged as any severity change. */
    private void reRate(String incidentId, String playbook, Event.SeverityChanged changed, Event.DecisionTaken decision) {
        boolean decided = decision != null && decision.step().equals(changed.step());
        String reason = "playbook " + playbook + ", step " + changed.step();
        if (decided) {
            reason += ": " + decision.optionLabel().in(language)
                    + (decision.rationale() == null || decision.rationale().isBlank() ? "" : " — " + decision.rationale());
        }
        try {
            severities.change(incidentId, decided ? actor(decision.actor()) : IncidentLog.BOT,
                    Severity.valueOf(changed.to().name()), fitted(reason));
        } catch (RuntimeException e) {
            log.warn("Could not re-rate {} after {} {}: {}", incidentId, playbook, changed.step(), e.toString());
        }
    }

    /** A decision would lower the severity: logged as proposed, the severity left as it is for the commander. */
    private void proposed(String incidentId, String playbook, Event.SeverityLoweringProposed proposed,
                          Event.DecisionTaken decision) {
        incidentLog.append(incidentId, actor(proposed.actor()), LogKind.SEVERITY_LOWERING_PROPOSED, data("playbook",
                playbook, "step", proposed.step(), "option", decision == null ? null : decision.option(),
                "from", proposed.from().name(), "to", proposed.to().name()));
    }

    /** The reason cut to what a severity change takes. */
    private static String fitted(String reason) {
        int max = SeverityChanges.REASON_MAX;
        return reason.codePointCount(0, reason.length()) <= max ? reason
                : reason.substring(0, reason.offsetByCodePoints(0, max - 1)) + "…";
    }

    private static String actor(String engineActor) {
        return engineActor == null || Actor.ENGINE.id().equals(engineActor) ? IncidentLog.BOT : engineActor;
    }

    /** Keys and values in order; null values left out, an absent comment written as empty. */
    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (value == null && "comment".equals(keysAndValues[i])) {
                value = "";
            }
            if (value != null) {
                // recorded fields come from the engine in no particular order: sorted, so the log reads the same each time
                data.put((String) keysAndValues[i], value instanceof Map<?, ?> m ? new TreeMap<>(m) : value);
            }
        }
        return data;
    }
}
