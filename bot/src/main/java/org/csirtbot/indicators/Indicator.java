package org.csirtbot.indicators;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.Tlp;
import org.csirtbot.observables.Observable;

/**
 * One indicator, whatever the incidents it was seen in: its type and normalised value, when it was first and last
 * seen, its sightings (one per incident or partner), and the revision of its record.
 */
public record Indicator(Observable observable, Instant firstSeen, Instant lastSeen, List<Sighting> sightings,
                        long revision) {

    public Indicator {
        sightings = List.copyOf(sightings);
    }

    /** The strictest TLP any sighting gave it: how it is handled inside the CSIRT. */
    public Tlp tlp() {
        return sightings.stream().map(Sighting::tlp).max(Comparator.naturalOrder()).orElse(Tlp.RED);
    }

    /** The strictest PAP any sighting gave it: what anyone may do with it. */
    public Pap pap() {
        return sightings.stream().map(Sighting::pap).max(Comparator.naturalOrder()).orElse(Pap.RED);
    }

    /**
     * Whether the indicator may be looked up in services outside the organisation (reputation services, sandboxes,
     * search engines): never when any source gave it PAP:RED, since the lookup could tell the adversary they are
     * watched. The bot itself looks nothing up; any enrichment added later must ask this first.
     */
    public boolean mayBeLookedUpOutside() {
        return pap() != Pap.RED;
    }

    /** What the indicator is and how it is marked, for an answer of the API: type, value, TLP and PAP. */
    public Map<String, String> summary() {
        Map<String, String> summary = new LinkedHashMap<>();
        summary.put("type", observable.type().code());
        summary.put("value", observable.value());
        summary.put("tlp", tlp().label());
        summary.put("pap", pap().label());
        return summary;
    }

    public Optional<Sighting> sightingIn(String incidentId) {
        return sightings.stream().filter(s -> incidentId.equals(s.incidentId())).findFirst();
    }

    Optional<Sighting> sighting(String key) {
        return sightings.stream().filter(s -> s.key().equals(key)).findFirst();
    }
}
