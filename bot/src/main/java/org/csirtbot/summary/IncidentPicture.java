package org.csirtbot.summary;

import java.time.Instant;
import java.util.List;

import org.csirtbot.incident.Incident;
import org.csirtbot.updates.StatusUpdate;

/**
 * An incident as its summaries show it: the incident, its latest status update (null before the first), its latest
 * decisions, the clocks running, when the next update is due (null when none is owed) and when it closed (null while
 * open).
 */
public record IncidentPicture(Incident incident, StatusUpdate latestUpdate, List<Decision> decisions,
                              List<Clock> clocks, Instant nextUpdateDue, Instant closedAt) {

    /** A decision taken: its ID, question and the option chosen. */
    public record Decision(String id, String question, String chosen) {
    }

    /** A clock running: its name, its deadline, and whether the deadline has passed. */
    public record Clock(String name, Instant deadline, boolean breached) {
    }

    public boolean closed() {
        return closedAt != null;
    }
}
