package org.csirtbot.playbooks.engine;

import java.util.List;

/** The run after an action and what happened, in order. A refused action leaves the state as it was. */
public record Outcome(RunState state, List<Event> events) {

    public Outcome {
        events = List.copyOf(events);
    }

    public boolean refused() {
        return events.stream().anyMatch(e -> e instanceof Event.Refused);
    }
}
