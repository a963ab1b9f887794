package org.csirtbot.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.RunAdvanced;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.playbooks.engine.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;

/**
 * Shows in the incident room what happened in a run, after it is stored and logged: steps made ready are posted,
 * steps done lose their buttons, time's reminders and clock warnings are said, other playbooks a step asks for are
 * suggested, and the pinned summary is refreshed. The changes of one run are shown one at a time, in order.
 */
@SlackComponent
class PlaybookRoom {

    private static final Logger log = LoggerFactory.getLogger(PlaybookRoom.class);

    private final Incidents incidents;
    private final PlaybookRuns runs;
    private final StepPosts steps;
    private final StepOutcomes outcomes;
    private final PlaybookNotices notices;
    private final PlaybookSuggestions suggestions;
    private final SlackIncidentRooms rooms;
    private final UserLocales locales;
    private final Executor work;
    private final Map<String, Queue<RunAdvanced>> pending = new ConcurrentHashMap<>();

    PlaybookRoom(Incidents incidents, PlaybookRuns runs, StepPosts steps, StepOutcomes outcomes,
                 PlaybookNotices notices, PlaybookSuggestions suggestions, SlackIncidentRooms rooms,
                 UserLocales locales, @Qualifier("slackWork") Executor work) {
        this.incidents = incidents;
        this.runs = runs;
        this.steps = steps;
        this.outcomes = outcomes;
        this.notices = notices;
        this.suggestions = suggestions;
        this.rooms = rooms;
        this.locales = locales;
        this.work = work;
    }

    @EventListener
    void on(RunAdvanced advanced) {
        Queue<RunAdvanced> queue = pending.computeIfAbsent(advanced.run().id(), id -> new ConcurrentLinkedQueue<>());
        queue.add(advanced);
        work.execute(() -> drain(queue));
    }

    private void drain(Queue<RunAdvanced> queue) {
        synchronized (queue) {
            for (RunAdvanced next = queue.poll(); next != null; next = queue.poll()) {
                try {
                    show(next);
                } catch (RuntimeException e) {
                    log.warn("Could not show a change of {} in its room: {}", next.run().id(), e.toString());
                }
            }
        }
    }

    private void show(RunAdvanced advanced) {
        PlaybookRun run = advanced.run();
        Incident incident = incidents.find(run.incidentId()).orElse(null);
        if (incident == null || incident.room().channelId() == null) {
            return;
        }
        List<StepMessage> shown = new ArrayList<>(runs.find(run.id()).map(PlaybookRun::messages).orElse(run.messages()));
        Locale locale = locales.fallback();
        for (Event event : advanced.events()) {
            showEvent(event, incident, run, locale, shown);
        }
        rooms.refreshAfterPlaybook(incident, run.id(), run.version(),
                advanced.events().stream().anyMatch(e -> e instanceof Event.SeverityChanged));
    }

    private void showEvent(Event event, Incident incident, PlaybookRun run, Locale locale, List<StepMessage> shown) {
        if (event instanceof Event.RunStarted) {
            steps.inputs(incident, run);
        } else if (event instanceof Event.StepReady e) {
            run.playbook().step(e.step()).filter(step -> run.state().ready().contains(step.id()))
                    .ifPresent(step -> steps.ready(incident, run, step, e.dueAt(), shown));
        } else if (event instanceof Event.ApprovalGiven e) {
            outcomes.approvalGiven(incident, run, e, shown);
        } else if (event instanceof Event.StepDueSoon e) {
            notices.dueSoon(locale, incident, run, e);
        } else if (event instanceof Event.StepOverdue e) {
            notices.overdue(locale, incident, run, e);
        } else if (event instanceof Event.StepReminder e) {
            notices.reminder(locale, incident, run, e);
        } else if (event instanceof Event.ClockWarning e) {
            notices.clockWarning(locale, incident, run, e);
        } else if (event instanceof Event.ClockDeadlinePassed e) {
            notices.clockBreached(locale, incident, run, e);
        } else if (event instanceof Event.PlaybookRequested e) {
            suggestions.requested(incident, run, e);
        } else if (event instanceof Event.RunFinished) {
            notices.finished(locale, incident, run);
        } else {
            outcomes.stepOver(event, incident, run, shown);
        }
    }
}
