package org.csirtbot.sandbox.workspace;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The forms (views) on people's screens in a {@link SlackWorkspace}. The app opens them with views.open or views.push;
 * what the app answers to a submission ({@code response_action}, or nothing) closes, replaces or stacks them, as Slack
 * does; whoever sends the submission for a person tells the workspace here.
 */
public final class Screens {

    private final ScriptedSlack workspace;

    Screens(ScriptedSlack workspace) {
        this.workspace = workspace;
    }

    /** Slack sent this trigger for this person's action: a form it opens is on that person's screen. */
    public void triggerFrom(String triggerId, String userId) {
        workspace.write(() -> workspace.state.triggerUsers.put(triggerId, userId));
    }

    /** The form is closed (the app's answer was empty): it is no longer held. */
    public void close(String viewId) {
        workspace.write(() -> workspace.state.views.remove(viewId));
    }

    /** {@code response_action: clear}: every form on the person's screen is closed. */
    public void clear(String userId) {
        workspace.write(() -> workspace.state.views.values().removeIf(v -> userId.equals(v.user())));
    }

    /** {@code response_action: update}: the form shows this view instead, under the same id. */
    public void update(String viewId, JsonNode view) {
        workspace.write(() -> workspace.state.views.computeIfPresent(viewId,
                (id, old) -> new WorkspaceModel.View(id, "response_action", view.deepCopy(), old.user())));
    }

    /** {@code response_action: push}: this view goes on top of the person's forms; its new id. */
    public String push(String userId, JsonNode view) {
        String id = SlackIds.nextId("V");
        workspace.write(() -> workspace.state.views.put(id, new WorkspaceModel.View(id, "response_action", view.deepCopy(),
                userId)));
        return id;
    }
}
