package org.csirtbot.incident.slack;

import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.springframework.modulith.NamedInterface;

/**
 * A section another feature adds to the room's pinned summary (the playbooks' progress), so the room does not depend
 * on the features that live in it.
 */
@NamedInterface("room")
public interface SummarySection {

    /** The section's mrkdwn text, or null when there is nothing to show for this incident. */
    String section(Locale locale, Incident incident);
}
