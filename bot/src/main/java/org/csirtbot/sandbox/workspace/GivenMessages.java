package org.csirtbot.sandbox.workspace;

import com.fasterxml.jackson.databind.JsonNode;

/** Messages people wrote in a {@link SlackWorkspace}; each call returns the message's permalink. */
public final class GivenMessages {

    private final ScriptedSlack workspace;
    private final WorkspaceThreads threads;

    GivenMessages(ScriptedSlack workspace, WorkspaceThreads threads) {
        this.workspace = workspace;
        this.threads = threads;
    }

    /** A message in a channel (known or not; an unknown one appears, the bot in it). */
    public String given(String channel, String ts, String user, String text) {
        return workspace.read(() -> threads.given(channel, ts, user, text));
    }

    /**
     * The bot's answer to a person's slash command, shown to them alone in the channel as Slack shows it, its buttons
     * working like those of any ephemeral message; its ts.
     */
    public String commandAnswer(String channel, String user, String text, JsonNode blocks) {
        return workspace.read(() -> threads.commandAnswer(channel, user, text, blocks));
    }

    /** A message the bot posted before the test, at a ts the test chose (it may be updated and pinned). */
    public void givenBotMessage(String channel, String ts, String text) {
        workspace.write(() -> threads.givenBotMessage(channel, ts, text));
    }

    /** A person adds a reaction to a message: null, or Slack's error (message_not_found, already_reacted). */
    public String reaction(String channel, String ts, String user, String name) {
        return workspace.read(() -> threads.reaction(channel, ts, user, name));
    }

    /** A person edits their own message; what it was and when, or null when it is not theirs (or gone). */
    public WorkspaceModel.Change edit(String channel, String ts, String user, String text) {
        return workspace.read(() -> threads.edit(channel, ts, user, text));
    }

    /** A person deletes their own message; what it was and when, or null when it is not theirs (or gone). */
    public WorkspaceModel.Change delete(String channel, String ts, String user) {
        return workspace.read(() -> threads.delete(channel, ts, user));
    }

    /** A reply in the thread of {@code parentTs} (a parent by the same person appears when unknown). */
    public String givenReply(String channel, String ts, String parentTs, String user, String text) {
        return workspace.read(() -> threads.givenReply(channel, ts, parentTs, user, text));
    }
}
