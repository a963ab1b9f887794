package org.csirtbot.incident.slack;

import org.springframework.modulith.NamedInterface;

/**
 * Changes gathered to be shown together a moment later (a room's summary and topic, the executive channel's summary):
 * {@link #showGathered()} shows them now, as their schedule would.
 */
@NamedInterface("room")
public interface GatheredChanges {

    /** Shows what was gathered so far. */
    void showGathered();
}
