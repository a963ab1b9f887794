package org.csirtbot.indicators;

import java.time.Instant;
import java.util.Objects;

import org.csirtbot.incident.Tlp;

/**
 * Where an indicator was seen: in an incident ({@code incidentId}; {@code reportId} when it came from one of its
 * reports), or in a partner's STIX bundle (no incident). {@code key} names it among the indicator's sightings: the
 * incident's ID, or {@code stix:<identity>}. {@code at} is when it was first seen there, {@code lastAt} the latest;
 * {@code source} says how it came in words ({@code ioc-add by U…}, {@code report RPT-…}, {@code stix import from …}),
 * null once retention purged its incident. {@code tlp} and {@code pap} are what it was given there; {@code exercise}
 * whether its incident is a tabletop exercise, whose indicators never leave the incident.
 */
public record Sighting(String key, String incidentId, String reportId, Instant at, Instant lastAt,
                       String source, Tlp tlp, Pap pap, boolean exercise) {

    public Sighting {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(tlp, "tlp");
        Objects.requireNonNull(pap, "pap");
    }

    /** Seen in a partner's bundle rather than in one of our incidents. */
    public boolean imported() {
        return incidentId == null;
    }

    /** The key of the sightings of a partner's bundles, by their identity. */
    static String importKey(String identity) {
        return "stix:" + identity;
    }

    Sighting seenAgain(Instant now, Tlp tlp, Pap pap) {
        return new Sighting(key, incidentId, reportId, at, now, source, tlp, pap, exercise);
    }
}
