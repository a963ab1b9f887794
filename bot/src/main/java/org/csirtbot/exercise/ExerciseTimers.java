package org.csirtbot.exercise;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentDocuments;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.LogKind;
import org.csirtbot.playbooks.exercise.Inject;
import org.csirtbot.playbooks.exercise.Scenario;
import org.csirtbot.storage.ExerciseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every {@code csirtbot.exercise-check-interval}, on the bot's clock: delivers each inject of a running exercise whose
 * scenario time divided by the pace has passed since the start, and ends an exercise whose incident was closed. An
 * inject is posted (keyed, so once) and then logged once; after a crash between the two, the next check logs it
 * without posting it again. What was delivered is read from the log, so a restart delivers nothing twice.
 */
@Component
public class ExerciseTimers {

    private static final Logger log = LoggerFactory.getLogger(ExerciseTimers.class);

    private final ExerciseStore store;
    private final ExerciseScenarios scenarios;
    private final IncidentLog incidentLog;
    private final ObjectProvider<InjectRoom> rooms;
    private final ExerciseEnding ending;
    private final ExerciseBriefing briefing;
    private final Clock clock;

    ExerciseTimers(ExerciseStore store, ExerciseScenarios scenarios, IncidentLog incidentLog,
                   ObjectProvider<InjectRoom> rooms,
                   ExerciseEnding ending, ExerciseBriefing briefing, Clock clock) {
        this.briefing = briefing;
        this.store = store;
        this.scenarios = scenarios;
        this.incidentLog = incidentLog;
        this.rooms = rooms;
        this.ending = ending;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${csirtbot.exercise-check-interval:15s}",
            fixedDelayString = "${csirtbot.exercise-check-interval:15s}")
    public void check() {
        InjectRoom room = rooms.getIfAvailable();
        if (room == null) {
            return; // no Slack: nowhere to deliver
        }
        Instant now = clock.instant();
        for (Incident incident : store.findRunning().stream().map(IncidentDocuments::toIncident).toList()) {
            try {
                check(incident, room, now);
            } catch (RuntimeException e) {
                log.warn("Checking exercise {} will try again: {}", incident.id(), e.toString());
            }
        }
    }

    private void check(Incident incident, InjectRoom room, Instant now) {
        if (incident.status() == IncidentStatus.CLOSED) {
            ending.end(incident, IncidentLog.BOT, "closed");
            return;
        }
        if (incident.room().summaryTs() == null) {
            return; // the room is not open yet: injects wait for it
        }
        Scenario scenario = scenarios.find(incident.exercise().scenarioId()).orElse(null);
        if (scenario == null) {
            log.warn("Exercise {}: scenario {} is not loaded; no injects", incident.id(),
                    incident.exercise().scenarioId());
            return;
        }
        Set<String> delivered = ExerciseRecords.of(incidentLog.entries(incident.id(),
                List.of(LogKind.EXERCISE_INJECT_DELIVERED), Map.of())).delivered().keySet();
        if (delivered.isEmpty()) {
            briefing.brief(incident, scenario);
        }
        for (Inject inject : InjectSchedule.due(scenario, incident.exercise(), now, delivered)) {
            String ts = room.deliver(incident, scenario, inject);
            incidentLog.appendOnce(incident.id(), IncidentLog.BOT, LogKind.EXERCISE_INJECT_DELIVERED, Map.of(
                    "inject", inject.id(), "kind", inject.kind().code(), "expects", inject.expects().code(),
                    "at", inject.at().toString(), "ts", ts == null ? "" : ts), Map.of("inject", inject.id()));
        }
    }
}
