package org.csirtbot.playbooks.testing;

import java.util.List;
import org.csirtbot.playbooks.engine.Event;
import org.csirtbot.playbooks.engine.RunState;

/**
 * The end of a walk: the final state, every event in order, and the path taken — {@code step} for a completion,
 * {@code step=option} for a decision, {@code step=approve} / {@code step=reject} and {@code step=skip}.
 */
public record Walked(RunState state, List<Event> events, List<String> path) {

    public Walked {
        events = List.copyOf(events);
        path = List.copyOf(path);
    }

    /** Whether the walk answered {@code step} with {@code option} (or approved, rejected, skipped it) at least once. */
    public boolean took(String step, String option) {
        return path.contains(step + "=" + option);
    }

    /** Whether a responder acted on the step at all (completed, decided, approved, skipped). */
    public boolean visited(String step) {
        return path.stream().anyMatch(p -> p.equals(step) || p.startsWith(step + "="));
    }

    /** The playbooks the run asked the bot to start (spawns, options' spawns, sub-playbooks), in order. */
    public List<String> requested() {
        return events.stream().filter(Event.PlaybookRequested.class::isInstance)
                .map(e -> ((Event.PlaybookRequested) e).playbook()).toList();
    }

    /** The steps the run went past because their {@code when} did not hold. */
    public List<String> passedOver() {
        return events.stream().filter(Event.StepPassedOver.class::isInstance)
                .map(e -> ((Event.StepPassedOver) e).step()).toList();
    }

    /** What the engine recorded for the step, in order: completed, decided:OPTION, approved, rejected, passed_over… */
    public List<String> outcomes(String step) {
        return state.history().stream().filter(h -> h.step().equals(step)).map(RunState.HistoryEntry::outcome).toList();
    }

    public <E extends Event> List<E> eventsOf(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
