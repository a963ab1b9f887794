package org.csirtbot.incident;

import static org.csirtbot.incident.IncidentStatus.CLOSED;
import static org.csirtbot.incident.IncidentStatus.CONTAINING;
import static org.csirtbot.incident.IncidentStatus.ERADICATING;
import static org.csirtbot.incident.IncidentStatus.INVESTIGATING;
import static org.csirtbot.incident.IncidentStatus.POST_INCIDENT;
import static org.csirtbot.incident.IncidentStatus.RECOVERING;
import static org.csirtbot.incident.IncidentStatus.TRIAGE;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which lifecycle phase may follow which (NIST SP 800-61r3 with CSF 2.0 Detect, Respond and Recover; the phases kept
 * as responders know them from r2, withdrawn 2025-04-03: detection &amp; analysis, containment, eradication and
 * recovery, post-incident activity). Forward to the next phase, ahead where nothing is skipped that the incident
 * needs, and back to investigating when new findings turn up (NIST's loop from containment back to analysis).
 *
 * <table>
 * <caption>Allowed next phases</caption>
 * <tr><th>from</th><th>to</th><th>why</th></tr>
 * <tr><td>triage</td><td>investigating</td><td>a declared incident is analysed first</td></tr>
 * <tr><td>investigating</td><td>containing, recovering, post_incident</td><td>contain it; or nothing to contain
 *     (restore only, or a false alarm to review)</td></tr>
 * <tr><td>containing</td><td>eradicating, investigating</td><td>remove the cause; or analyse new findings</td></tr>
 * <tr><td>eradicating</td><td>recovering, containing</td><td>restore; or it spread again</td></tr>
 * <tr><td>recovering</td><td>post_incident, investigating</td><td>review; or it came back</td></tr>
 * <tr><td>post_incident</td><td>closed, investigating</td><td>close (with {@code /incident close}, not a status
 *     change); or the review found more</td></tr>
 * <tr><td>closed</td><td>nothing</td><td>a closed incident is only read</td></tr>
 * </table>
 *
 * <p>No phase follows itself, and nothing leads back to triage.
 */
public final class StatusTransitions {

    private static final Map<IncidentStatus, Set<IncidentStatus>> NEXT = new EnumMap<>(Map.of(
            TRIAGE,        EnumSet.of(INVESTIGATING),
            INVESTIGATING, EnumSet.of(CONTAINING, RECOVERING, POST_INCIDENT),
            CONTAINING,    EnumSet.of(ERADICATING, INVESTIGATING),
            ERADICATING,   EnumSet.of(RECOVERING, CONTAINING),
            RECOVERING,    EnumSet.of(POST_INCIDENT, INVESTIGATING),
            POST_INCIDENT, EnumSet.of(CLOSED, INVESTIGATING),
            CLOSED,        EnumSet.noneOf(IncidentStatus.class)));

    private StatusTransitions() {
    }

    /** The phases that may follow {@code from}, in lifecycle order. */
    public static Set<IncidentStatus> next(IncidentStatus from) {
        return Collections.unmodifiableSet(EnumSet.copyOf(NEXT.get(from)));
    }

    public static boolean allows(IncidentStatus from, IncidentStatus to) {
        return NEXT.get(from).contains(to);
    }
}
