package org.csirtbot.playbook.slack;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.csirtbot.classification.RoomMoved;
import org.csirtbot.incident.Incident;
import org.csirtbot.playbook.PlaybookRun;
import org.csirtbot.playbook.PlaybookRuns;
import org.csirtbot.playbook.RunRecaps;
import org.csirtbot.playbook.StepMessage;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.model.Step;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.PostedMessage;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;

/**
 * Running playbooks follow their incident into the private room it moved to, before the old room is archived: each
 * step waiting in the old room is posted again in the new one with its buttons (its due time as the run's recap says)
 * and remembered there, so it is worked there and updated there when done; its old message only points to the new
 * room, and a click on an old button is refused as coming from elsewhere. The playbook's inputs are asked for again
 * there. Done for each run while none of its changes is being shown ({@link PlaybookRoom#exclusively}), every effect
 * keyed by the step, so the move resumed after a crash does nothing twice; what Slack did not answer is thrown, for the
 * move to be resumed, and what it refused for good is left as it is.
 */
@SlackComponent
class PlaybookRoomMove {

    private static final Logger log = LoggerFactory.getLogger(PlaybookRoomMove.class);

    private final PlaybookRuns runs;
    private final RunRecaps recaps;
    private final PlaybookRoom room;
    private final StepMessages messages;
    private final PlaybookWords words;
    private final SlackGateway slack;
    private final UserLocales locales;

    PlaybookRoomMove(PlaybookRuns runs, RunRecaps recaps, PlaybookRoom room, StepMessages messages,
                     PlaybookWords words, SlackGateway slack, UserLocales locales) {
        this.runs = runs;
        this.recaps = recaps;
        this.room = room;
        this.messages = messages;
        this.words = words;
        this.slack = slack;
        this.locales = locales;
    }

    @EventListener
    void on(RoomMoved moved) {
        for (PlaybookRun run : runs.ofIncident(moved.incident().id())) {
            room.exclusively(run.id(), () -> {
                runs.find(run.id()).filter(r -> !r.finished()).ifPresent(r -> follow(moved, r));
                return null;
            });
        }
    }

    private void follow(RoomMoved moved, PlaybookRun run) {
        Locale locale = locales.fallback();
        if (!run.playbook().inputs().isEmpty()) {
            try {
                slack.postMessage(PlaybookNotices.key("inputs-moved", run), moved.incident().room().channelId(),
                        messages.inputsFallback(locale, run), messages.inputs(locale, moved.incident(), run));
            } catch (SlackCallRejected e) {
                log.warn("Slack refused to ask for the inputs of {} in its new room: {}", run.id(), e.error());
            }
        }
        for (Event event : recaps.of(run).events()) {
            if (event instanceof Event.StepReady ready && run.state().ready().contains(ready.step())) {
                run.playbook().step(ready.step()).ifPresent(step -> moveStep(moved, run, step, ready.dueAt(), locale));
            }
        }
    }

    private void moveStep(RoomMoved moved, PlaybookRun run, Step step, Instant dueAt, Locale locale) {
        int round = run.round(step.id());
        StepMessage old = run.message(step.id(), round, StepMessage.ROOM)
                .filter(m -> moved.from().equals(m.channel())).orElse(null);
        if (old == null) {
            return; // not shown yet: it will be, in the incident's room, which is the new one now
        }
        Incident incident = moved.incident();
        String to = incident.room().channelId();
        try {
            PostedMessage posted = slack.post(PlaybookNotices.key("step-moved", run, step.id(), round), to,
                    messages.fallback(locale, run, step), messages.open(locale, incident, run, step, dueAt));
            runs.moveMessage(run.id(), old, new StepMessage(step.id(), round, StepMessage.ROOM, posted.channel(),
                    posted.ts()));
            String pointer = words.texts().get(locale, "playbook.step.moved", to);
            slack.updateMessage(PlaybookNotices.key("step-moved-away", run, step.id(), round), old.channel(), old.ts(),
                    pointer, List.of(section(s -> s.text(markdownText(pointer)))));
        } catch (SlackCallRejected e) {
            // refused for good (the old message deleted, say): asking again would be refused again
            log.warn("Slack refused to move step {} of {} to {}: {}", step.id(), run.id(), to, e.error());
        }
    }
}
