package org.csirtbot.slack.gateway;

import java.util.Optional;

/**
 * A port the gateway consults before it posts, updates or sets a topic in a channel: a channel that must carry a mark
 * (the room of a tabletop exercise) gets it on every message, its topic too, whichever feature posts there. The
 * gateway knows no feature; a feature that marks channels implements this.
 */
public interface ChannelMarks {

    /** No channel is marked. */
    ChannelMarks NONE = channel -> Optional.empty();

    /** The mark of messages in {@code channel} (a channel ID), empty when it has none. */
    Optional<Mark> of(String channel);

    /** A line shown at the top of each message (mrkdwn), and a short label put before the topic and a text. */
    record Mark(String line, String label) {
    }
}
