package org.csirtbot.closing;

import org.csirtbot.incident.Incident;

/**
 * The room of a closed incident (Slack, in production). Each call is safe to repeat: done once, it is not done again.
 */
public interface ClosedRooms {

    /** Posts the post-incident report (Markdown) to the incident's room; returns the timestamp of its first message. */
    String postReport(Incident incident, String markdown);

    /** Tells the room it is being archived, then archives its channel; an archived channel counts as done. */
    void archive(Incident incident);
}
