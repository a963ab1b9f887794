package org.csirtbot.storage;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A run of a playbook on an incident, as stored: {@code id} is {@code <incidentId>/<playbookId>} (a playbook runs
 * once per incident), {@code playbookVersion} the version it was started with, {@code state} the engine's run state
 * as JSON ({@code RunStateJson}), and {@code version} a number raised by every change, so a change is stored only
 * onto the state it was computed from. {@code messages} are the Slack messages showing its steps, so they can be
 * updated once a step is done. {@code shown} is whether the chat is known to show the run as it is at {@code version}:
 * every change sets it false in the same write, and the bot's recovery sets it true once it has checked the chat
 * against the stored state (null on runs stored before it existed: not known). The incident log is the record; this
 * is the state the engine resumes from.
 */
@Document("playbook_runs")
public record PlaybookRunDocument(
        @Id String id,
        String incidentId,
        String playbookId,
        int playbookVersion,
        String state,
        long version,
        boolean finished,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        List<Message> messages,
        Boolean shown) {

    /**
     * A message showing a step: the step's ID and the round it was made ready in (a loop makes a step ready again),
     * whom it went to ({@code room} for the incident room, else the user ID asked for an approval), the conversation
     * it landed in and its ts.
     */
    public record Message(String step, int round, String recipient, String channel, String ts) {
    }

    public static String id(String incidentId, String playbookId) {
        return incidentId + "/" + playbookId;
    }
}
