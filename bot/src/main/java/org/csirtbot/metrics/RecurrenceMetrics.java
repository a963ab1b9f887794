package org.csirtbot.metrics;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.csirtbot.incident.Incident;
import org.csirtbot.indicators.Sighting;

/**
 * How many of the period's incidents repeat an earlier one (CSF 2.0 ID.IM: did the lessons hold?). An incident recurs
 * when an incident declared before it (tabletop exercises left out, and itself of course) shares with it
 * <ul>
 *   <li>an indicator: the indicator registry has one record per indicator, with a sighting per incident
 *       ({@code bySharedIndicator}); a purged incident's sighting still counts, by when it was seen; or</li>
 *   <li>the category and an affected system: the same category, and an affected system named in a report of each, the
 *       same once trimmed and lower-cased, blanks and "unknown" left out ({@code byCategoryAndSystem}).</li>
 * </ul>
 * {@code recurring} counts the incidents that meet either rule (one meeting both is counted once), {@code share} is
 * that over {@code incidents} (null when there were none). Only counts: which incidents recur is for the room, not
 * for an API client that may not see restricted incidents. Pure.
 */
public record RecurrenceMetrics(int incidents, int recurring, Double share, int bySharedIndicator,
                                int byCategoryAndSystem) {

    private static final Set<String> NO_SYSTEM = Set.of("", "-", "unknown", "n/a", "none", "不明", "なし");

    /**
     * @param period     the period's incidents (exercises left out)
     * @param known      every incident declared up to the period's end (exercises left out): the earlier ones
     * @param systems    by incident ID, the affected systems its reports name (as typed)
     * @param sightings  by incident ID of the period, every sighting of the indicators seen in it
     */
    static RecurrenceMetrics of(List<Incident> period, Collection<Incident> known, Map<String, List<String>> systems,
                                Map<String, List<Sighting>> sightings) {
        Map<String, Instant> declared = new HashMap<>();
        known.forEach(i -> declared.put(i.id(), i.declaredAt()));
        int recurring = 0;
        int byIndicator = 0;
        int bySystem = 0;
        for (Incident incident : period) {
            boolean indicator = sightings.getOrDefault(incident.id(), List.of()).stream()
                    .anyMatch(s -> earlierSighting(incident, s, declared));
            Set<String> mine = normalised(systems.get(incident.id()));
            boolean system = !mine.isEmpty() && known.stream().anyMatch(other -> before(other, incident)
                    && other.category() == incident.category()
                    && normalised(systems.get(other.id())).stream().anyMatch(mine::contains));
            byIndicator += indicator ? 1 : 0;
            bySystem += system ? 1 : 0;
            recurring += indicator || system ? 1 : 0;
        }
        int n = period.size();
        return new RecurrenceMetrics(n, recurring, n == 0 ? null : (double) recurring / n, byIndicator, bySystem);
    }

    private static boolean earlierSighting(Incident incident, Sighting s, Map<String, Instant> declared) {
        if (s.incidentId() == null || s.exercise() || s.incidentId().equals(incident.id())) {
            return false;
        }
        Instant when = declared.containsKey(s.incidentId()) ? declared.get(s.incidentId()) : s.at();
        return when != null && incident.declaredAt() != null && when.isBefore(incident.declaredAt());
    }

    private static boolean before(Incident other, Incident incident) {
        return !other.id().equals(incident.id()) && other.declaredAt() != null && incident.declaredAt() != null
                && other.declaredAt().isBefore(incident.declaredAt());
    }

    /** The affected systems, trimmed and lower-cased, without blanks and "unknown". */
    static Set<String> normalised(List<String> systems) {
        return systems == null ? Set.of() : systems.stream().filter(Objects::nonNull)
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> !NO_SYSTEM.contains(s))
                .collect(Collectors.toSet());
    }
}
