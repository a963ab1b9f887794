package org.csirtbot.playbook.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentStatus;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.slack.SlackIncidentRooms;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.RunAdvanced;
import org.csirtbot.playbook.RunRecaps;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.UserLocales;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;

/**
 * Shows in the incident room what happened in a run, after it is stored and logged: steps made ready are posted,
 * steps done lose their buttons, time's reminders and clock warnings are said, other playbooks a step asks for are
 * suggested, and the pinned summary is refreshed. The changes of one run are shown one at a time, in order; so is a
 * run's recap ({@link #catchUp}), which shows again what a change left unshown. Every message is keyed by what it
 * shows, not by the change that caused it, so showing the same thing twice shows it once.
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
                    show(next.run(), next.events());
                } catch (RuntimeException e) {
                    log.warn("Could not show a change of {} in its room: {}", next.run().id(), e.toString());
                }
            }
        }
    }

    /**
     * Shows the run's recap in its room, never while a change of the run is being shown; whether the room shows it all,
     * or must be shown it again later (it has no room yet, or a step could not be posted for want of Slack). A closed
     * incident's room is shown nothing more.
     */
    boolean catchUp(RunRecaps.Recap recap) {
        PlaybookRun run = recap.run();
        Incident incident = incidents.find(run.incidentId()).orElse(null);
        if (incident == null || incident.status() == IncidentStatus.CLOSED) {
            return true;
        }
        return exclusively(run.id(), () -> show(run, recap.events()));
    }

    /** Does {@code work} for the run while none of its changes is being shown, nor another such work done. */
    <T> T exclusively(String runId, Supplier<T> work) {
        Queue<RunAdvanced> queue = pending.computeIfAbsent(runId, id -> new ConcurrentLinkedQueue<>());
        synchronized (queue) {
            return work.get();
        }
    }

    /** Whether every step made ready was posted (or refused by Slack for good): the rest goes through the outbox. */
    private boolean show(PlaybookRun run, List<Event> events) {
        Incident incident = incidents.find(run.incidentId()).orElse(null);
        if (incident == null || incident.room().channelId() == null) {
            return false;
        }
        List<StepMessage> shown = new ArrayList<>(runs.find(run.id()).map(PlaybookRun::messages).orElse(run.messages()));
        Locale locale = locales.fallback();
        boolean posted = true;
        for (Event event : events) {
            posted &= showEvent(event, incident, run, locale, shown);
        }
        rooms.refreshAfterPlaybook(incident, run.id(), run.version(),
                events.stream().anyMatch(e -> e instanceof Event.SeverityChanged));
        return posted;
    }

    private boolean showEvent(Event event, Incident incident, PlaybookRun run, Locale locale, List<StepMessage> shown) {
        if (event instanceof Event.StepReady e) {
            return run.playbook().step(e.step()).filter(step -> run.state().ready().contains(step.id()))
                    .map(step -> steps.ready(incident, run, step, e.dueAt(), shown)).orElse(true);
        }
        if (event instanceof Event.RunStarted) {
            notices.started(locale, incident, run);
            steps.inputs(incident, run);
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
        } else if (event instanceof Event.SeverityLoweringProposed e) {
            notices.loweringProposed(locale, incident, run, e);
        } else if (event instanceof Event.RunFinished) {
            notices.finished(locale, incident, run);
        } else {
            outcomes.stepOver(event, incident, run, shown);
        }
        return true;
    }
}
