package org.csirtbot.playbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.engine.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The runs whose latest stored change the chat may not show (the process stopped between storing it and showing it),
 * each recapped from its stored state ({@link Engine#recap}): what still stands, as the events that brought it there.
 * Every stored change makes its run not known as shown, in the same write; {@link #shown} notes it shown again.
 */
@Service
public class RunRecaps {

    private static final Logger log = LoggerFactory.getLogger(RunRecaps.class);

    private final PlaybookRunDocuments store;
    private final PlaybookCatalog catalog;
    private final Engine engine;

    RunRecaps(PlaybookRunDocuments store, PlaybookCatalog catalog, Engine engine) {
        this.store = store;
        this.catalog = catalog;
        this.engine = engine;
    }

    /** A run as stored now, and its recap. */
    public record Recap(PlaybookRun run, List<Event> events) {

        public Recap {
            events = List.copyOf(events);
        }
    }

    /** The runs not known as shown, finished or not, oldest first; a run whose playbook is gone is left as it is. */
    public List<Recap> unshown() {
        List<Recap> recaps = new ArrayList<>();
        for (StoredRun stored : store.notShown()) {
            try {
                Optional<PlaybookRun> run = stored.with(catalog);
                run.ifPresent(r -> recaps.add(new Recap(r, engine.recap(r.playbook(), r.state()))));
            } catch (RuntimeException e) {
                // a state that cannot be read is not read again until it changes
                log.warn("The run {} cannot be recapped: {}", stored.id(), e.toString());
                store.markShown(stored.id(), stored.version());
            }
        }
        return recaps;
    }

    /** The run's recap as it stands: its ready steps with their due times, its running clocks. */
    public Recap of(PlaybookRun run) {
        return new Recap(run, engine.recap(run.playbook(), run.state()));
    }

    /** Notes that the chat shows the run as it was recapped; false when it changed since (its next recap will tell). */
    public boolean shown(PlaybookRun run) {
        return store.markShown(run.id(), run.version());
    }
}
