package org.csirtbot.timeline.slack;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.csirtbot.slack.events.ReactionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;

import com.slack.api.bolt.App;
import com.slack.api.model.event.MessageChangedEvent;
import com.slack.api.model.event.MessageDeletedEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.model.event.ReactionAddedEvent;

/**
 * The Events API side of the timeline: the capture reaction on a message, and edits and deletions of
 * messages. Each is acknowledged at once and handled afterwards on the work pool (Slack resends an event not
 * acknowledged within three seconds). New messages, which Slack sends too since the bot subscribes to the
 * channels' messages, are only acknowledged.
 */
@SlackComponent
class TimelineEvents implements SlackRoute, ReactionListener {

    private static final Logger log = LoggerFactory.getLogger(TimelineEvents.class);

    private final ReactionCapture captures;
    private final CapturedMessageChanges changes;
    private final String reaction;
    private final Executor work;

    TimelineEvents(ReactionCapture captures, CapturedMessageChanges changes, CsirtbotProperties properties,
                   @Qualifier("slackWork") Executor work) {
        this.captures = captures;
        this.changes = changes;
        this.reaction = properties.captureReactionName();
        this.work = work;
    }

    @Override
    public void register(App app) {
        app.event(MessageChangedEvent.class, (payload, ctx) -> {
            later("edit", () -> changes.edited(payload.getEvent()));
            return ctx.ack();
        });
        app.event(MessageDeletedEvent.class, (payload, ctx) -> {
            later("deletion", () -> changes.deleted(payload.getEvent()));
            return ctx.ack();
        });
        app.event(MessageEvent.class, (payload, ctx) -> ctx.ack());
    }

    /** The capture reaction on a message: captured after the acknowledgement ({@code slack :: events} hears it). */
    @Override
    public void reactionAdded(ReactionAddedEvent event) {
        if (reaction.equals(event.getReaction()) && event.getItem() != null
                && "message".equals(event.getItem().getType())) {
            later("capture", () -> captures.capture(event.getItem().getChannel(), event.getItem().getTs(),
                    event.getUser()));
        }
    }

    private void later(String what, Runnable handling) {
        try {
            work.execute(() -> {
                try {
                    handling.run();
                } catch (RuntimeException e) {
                    log.error("Handling a message {} for the timeline failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.error("Too much work queued: a message {} for the timeline was dropped", what);
        }
    }
}
