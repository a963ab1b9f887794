package org.csirtbot.slack.events;

import java.util.List;

import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.SlackRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.slack.api.bolt.App;
import com.slack.api.model.event.ReactionAddedEvent;

/**
 * The one handler of {@code reaction_added} (Bolt replaces a second): every {@link ReactionListener} hears each
 * reaction, and Slack is acknowledged at once, whatever a listener does.
 */
@SlackComponent
class ReactionEvents implements SlackRoute {

    private static final Logger log = LoggerFactory.getLogger(ReactionEvents.class);

    private final List<ReactionListener> listeners;

    ReactionEvents(List<ReactionListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public void register(App app) {
        app.event(ReactionAddedEvent.class, (payload, ctx) -> {
            ReactionAddedEvent event = payload.getEvent();
            for (ReactionListener listener : listeners) {
                try {
                    listener.reactionAdded(event);
                } catch (RuntimeException e) {
                    log.error("A reaction listener ({}) failed", listener.getClass().getSimpleName(), e);
                }
            }
            return ctx.ack();
        });
    }
}
