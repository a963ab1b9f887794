package org.csirtbot.slack.events;

import com.slack.api.model.event.ReactionAddedEvent;

/**
 * Something a feature does when someone adds a reaction to a message. Called before Slack is acknowledged, on the
 * request's thread: pick out the reactions that matter and hand any work (a Web API call, the store) to a pool.
 */
public interface ReactionListener {

    void reactionAdded(ReactionAddedEvent event);
}
