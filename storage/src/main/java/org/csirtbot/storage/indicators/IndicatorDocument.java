package org.csirtbot.storage.indicators;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An indicator: its type code and normalised value ({@code _id} is {@code <type>:<value>}, so there is one per
 * indicator whatever the incidents it was seen in), when it was first and last seen, its sightings, and its revision,
 * counted up by every change (a change is made only to the revision read).
 */
@Document(IndicatorDocument.COLLECTION)
public record IndicatorDocument(@Id String id, String type, String value, Instant firstSeen, Instant lastSeen,
                                List<Sighting> sightings, long revision) {

    static final String COLLECTION = "indicators";

    public IndicatorDocument {
        sightings = sightings == null ? List.of() : List.copyOf(sightings);
    }

    /** The document ID of the indicator {@code value} of type {@code type}. */
    public static String id(String type, String value) {
        return type + ":" + value;
    }

    /**
     * Where the indicator was seen: {@code key} names it among the indicator's sightings (an incident's ID, or
     * {@code stix:<identity>} for a partner's bundle), the incident and report (null when none), when it was first and
     * last seen there, its source in words ({@code ioc-add by U…}, {@code report RPT-…}; null once its incident was
     * purged), the TLP label and PAP level it was given, and whether the incident is an exercise.
     */
    public record Sighting(String key, String incidentId, String reportId, Instant at, Instant lastAt, String source,
                           String tlp, String pap, boolean exercise) {
    }
}
