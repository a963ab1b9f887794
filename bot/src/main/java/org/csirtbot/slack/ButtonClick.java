package org.csirtbot.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;

/** A button click as the handlers need it: who clicked, in which conversation, the button's value, the form trigger. */
public record ButtonClick(String user, String channel, String value, String trigger) {

    public static ButtonClick of(BlockActionPayload payload) {
        return new ButtonClick(payload.getUser().getId(), payload.getChannel() == null ? null
                : payload.getChannel().getId(), payload.getActions().get(0).getValue(), payload.getTriggerId());
    }
}
