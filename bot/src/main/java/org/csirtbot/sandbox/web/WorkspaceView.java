package org.csirtbot.sandbox.web;

/** The workspace as Slack's client shows it to one person: what the browser client draws and what acts refer to. */
public interface WorkspaceView {

    /** The ids of the workspace, the app and its bot. */
    SandboxApp app();

    /**
     * What this person sees now; for an unknown or empty id (the page before a person is chosen), everyone in
     * {@code people} and nothing else.
     */
    PersonView seenBy(String userId);
}
