package org.csirtbot.indicators.stix;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.Indicator;
import org.csirtbot.indicators.IndicatorProperties;
import org.csirtbot.indicators.IndicatorRegistry;
import org.csirtbot.indicators.Pap;
import org.csirtbot.indicators.Sighting;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The registry as a STIX 2.1 bundle for a reader. A sighting leaves only when its TLP, raised to its incident's TLP as
 * it is now, is at most the TLP asked for, its incident is one the reader may read, and it is not an exercise's (but
 * in that exercise's own export); an indicator leaves when one of its sightings does, marked with the strictest TLP of
 * those that leave, the strictest PAP any source gave it, and the incidents of those sightings as references. Nothing
 * above the TLP asked for ever leaves.
 */
@Component
public class StixExport {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final IndicatorRegistry registry;
    private final Incidents incidents;
    private final IndicatorProperties properties;

    StixExport(IndicatorRegistry registry, Incidents incidents, IndicatorProperties properties) {
        this.registry = registry;
        this.incidents = incidents;
        this.properties = properties;
    }

    /**
     * What a reader asks for: the strictest TLP they may receive, which incidents they may read, and one incident's
     * indicators only (null: the whole registry).
     */
    public record Request(Tlp max, Predicate<Incident> readable, String incidentId) {
    }

    public ObjectNode bundle(Request request) {
        List<Indicator> indicators = request.incidentId() == null ? registry.all()
                : registry.seenIn(request.incidentId());
        Map<String, Optional<Incident>> known = new HashMap<>();
        SortedSet<Tlp> tlps = new TreeSet<>();
        SortedSet<Pap> paps = new TreeSet<>();
        List<ObjectNode> objects = new ArrayList<>();
        for (Indicator indicator : indicators) {
            List<Sighting> leaving = indicator.sightings().stream()
                    .filter(s -> request.incidentId() == null || request.incidentId().equals(s.incidentId()))
                    .filter(s -> leaves(s, request, known)).toList();
            if (!leaving.isEmpty()) {
                Tlp tlp = leaving.stream().map(s -> effective(s, known)).max(Comparator.naturalOrder()).orElseThrow();
                tlps.add(tlp);
                paps.add(indicator.pap());
                objects.add(indicator(indicator, leaving, tlp));
            }
        }
        objects.sort(Comparator.comparing(o -> o.path("id").asText()));
        ObjectNode bundle = JSON.objectNode().put("type", "bundle").put("id", StixIds.bundle());
        ArrayNode all = bundle.putArray("objects");
        all.add(identity());
        if (!tlps.isEmpty()) {
            all.add(StixMarkings.tlpExtension());
            tlps.forEach(t -> all.add(StixMarkings.definition(t)));
            all.add(StixMarkings.papExtension());
            paps.forEach(p -> all.add(StixMarkings.definition(p)));
        }
        objects.forEach(all::add);
        return bundle;
    }

    private boolean leaves(Sighting sighting, Request request, Map<String, Optional<Incident>> known) {
        if (sighting.imported()) {
            return !sighting.tlp().stricterThan(request.max());
        }
        Optional<Incident> incident = known.computeIfAbsent(sighting.incidentId(), incidents::find);
        boolean ownExercise = sighting.incidentId().equals(request.incidentId());
        return incident.isPresent() && request.readable().test(incident.get())
                && (!sighting.exercise() && !incident.get().isExercise() || ownExercise)
                && !effective(sighting, known).stricterThan(request.max());
    }

    /** The sighting's TLP, raised to its incident's as it is now: a later reclassification holds for it too. */
    private static Tlp effective(Sighting sighting, Map<String, Optional<Incident>> known) {
        Tlp incident = sighting.imported() ? Tlp.CLEAR
                : known.getOrDefault(sighting.incidentId(), Optional.empty()).map(Incident::tlp).orElse(Tlp.RED);
        return incident.stricterThan(sighting.tlp()) ? incident : sighting.tlp();
    }

    private ObjectNode identity() {
        return JSON.objectNode().put("type", "identity").put("spec_version", "2.1")
                .put("id", StixIds.identity(properties.organisation())).put("created", StixIds.IDENTITY_CREATED)
                .put("modified", StixIds.IDENTITY_CREATED).put("name", properties.organisation())
                .put("identity_class", "organization");
    }

    private ObjectNode indicator(Indicator indicator, List<Sighting> leaving, Tlp tlp) {
        Instant first = leaving.stream().map(Sighting::at).min(Comparator.naturalOrder()).orElseThrow();
        Instant last = leaving.stream().map(Sighting::lastAt).max(Comparator.naturalOrder()).orElseThrow();
        ObjectNode stix = JSON.objectNode().put("type", "indicator").put("spec_version", "2.1")
                .put("id", StixIds.indicator(properties.organisation(), indicator.observable()))
                .put("created_by_ref", StixIds.identity(properties.organisation()))
                .put("created", StixIds.time(first)).put("modified", StixIds.time(last.isBefore(first) ? first : last))
                .put("name", indicator.observable().value())
                .put("pattern", StixPatterns.pattern(indicator.observable())).put("pattern_type", "stix")
                .put("pattern_version", "2.1").put("valid_from", StixIds.time(first));
        stix.putArray("object_marking_refs").add(StixMarkings.id(tlp)).add(StixMarkings.id(indicator.pap()));
        SortedSet<String> incidentIds = new TreeSet<>();
        leaving.stream().filter(s -> !s.imported()).forEach(s -> incidentIds.add(s.incidentId()));
        if (!incidentIds.isEmpty()) {
            ArrayNode references = stix.putArray("external_references");
            incidentIds.forEach(id -> references.addObject().put("source_name", properties.organisation())
                    .put("external_id", id));
        }
        return stix;
    }
}
