package org.csirtbot.playbooks.testing;

import java.util.List;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.RunState;

/** Where a {@link BuiltInWalker} walk ended and everything that happened on the way. */
public record WalkedRun(RunState state, List<Event> events) {

    /** What was done to a step, in order: completed, decided:OPTION, approved, rejected, passed_over, … */
    public List<String> outcomes(String step) {
        return state.history().stream().filter(h -> h.step().equals(step)).map(RunState.HistoryEntry::outcome).toList();
    }

    public <T extends Event> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
