package org.csirtbot.playbook;

import java.util.List;

import org.csirtbot.playbooks.engine.Event;

/**
 * A run changed and is stored: the run as it is now and what happened, in order (steps made ready or done, reminders,
 * clock warnings, …). Published once per stored change, after it is logged, for the chat to show.
 */
public record RunAdvanced(PlaybookRun run, List<Event> events) {

    public RunAdvanced {
        events = List.copyOf(events);
    }
}
