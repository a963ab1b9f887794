package org.csirtbot.sandbox.web;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A person's open modal views, changed as Slack changes them when the person closes a view or when the app answers
 * a submission with an empty body (close it), {@code clear}, {@code update} or {@code push}.
 */
public interface ModalStack {

    void close(String userId, String viewId);

    void clear(String userId);

    /** Replaces the view, keeping its id, as {@code response_action: update} does. */
    void update(String userId, String viewId, JsonNode view);

    void push(String userId, JsonNode view);
}
