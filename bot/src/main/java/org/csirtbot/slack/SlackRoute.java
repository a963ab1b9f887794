package org.csirtbot.slack;

import com.slack.api.bolt.App;

/** A group of Bolt listeners (a command, a modal, buttons) that registers itself on the app. */
public interface SlackRoute {

    void register(App app);
}
