package org.csirtbot.indicators;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentLog;
import org.csirtbot.incident.LogEntry;
import org.csirtbot.incident.LogKind;
import org.csirtbot.incident.Tlp;
import org.csirtbot.observables.Observable;
import org.csirtbot.storage.indicators.IndicatorStore;
import org.springframework.stereotype.Service;

/**
 * The indicator registry: one record per indicator across every incident, with a sighting per incident (added by
 * someone, or taken from an attached report) or partner bundle. Who may do what, and whether a value is well formed,
 * is checked before; markings are kept as given, a report's only tighten the incident's sighting.
 */
@Service
public class IndicatorRegistry {

    private static final int ATTEMPTS = 10;

    private final IndicatorStore store;
    private final IncidentLog log;
    private final IndicatorProperties properties;
    private final Clock clock;

    IndicatorRegistry(IndicatorStore store, IncidentLog log, IndicatorProperties properties, Clock clock) {
        this.store = store;
        this.log = log;
        this.properties = properties;
        this.clock = clock;
    }

    /** What adding did: the indicator as it now is, whether the incident had it before, and the log entry. */
    public record Added(Indicator indicator, boolean newToIncident, LogEntry entry) {
        public Sighting sighting() {
            return indicator.sightingIn(entry.incidentId()).orElseThrow();
        }
    }

    /**
     * Adds the indicator to the incident ({@code /incident ioc add}), or sets its markings there again: {@code tlp}
     * and {@code pap} as given, or (null) as they were, or for a new sighting the incident's TLP and the default PAP.
     */
    public Added add(Incident incident, Observable observable, Tlp tlp, Pap pap, String actor) {
        Instant now = clock.instant();
        Written written = sight(observable, incident.id(), current -> current
                .map(s -> s.seenAgain(now, tlp != null ? tlp : s.tlp(), pap != null ? pap : s.pap()))
                .orElseGet(() -> new Sighting(incident.id(), incident.id(), null, now, now, "ioc-add by " + actor,
                        tlp != null ? tlp : incident.tlp(), pap != null ? pap : properties.defaultPap(),
                        incident.isExercise())));
        Sighting sighting = written.indicator().sightingIn(incident.id()).orElseThrow();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", observable.type().code());
        data.put("value", observable.value());
        data.put("tlp", sighting.tlp().label());
        data.put("pap", sighting.pap().name());
        data.put("new", written.added());
        return new Added(written.indicator(), written.added(),
                log.append(incident.id(), actor, LogKind.INDICATOR_ADDED, data));
    }

    /**
     * The observables found in a report attached to the incident ({@code Report#foundObservables}) become its
     * indicators, with the incident's TLP and the default PAP; a sighting the incident had already keeps its markings,
     * tightened to the incident's TLP. The sighting names the report; the attachment is the log's entry (nothing more
     * is logged, so a wave's reports do not flood the log). May run again.
     */
    public List<Indicator> fromReport(Incident incident, String reportId, List<Observable> found) {
        return from(incident, reportId, "report " + reportId, found);
    }

    /** As {@link #fromReport}, for the observables of a campaign's reports attached to the incident in one go. */
    public List<Indicator> fromCampaign(Incident incident, String campaignId, List<Observable> found) {
        return from(incident, campaignId, "campaign " + campaignId, found);
    }

    private List<Indicator> from(Incident incident, String reportId, String source, List<Observable> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Pap pap = properties.defaultPap();
        List<Indicator> taken = new ArrayList<>();
        for (Observable observable : found) {
            taken.add(sight(observable, incident.id(), current -> current
                    .map(s -> s.seenAgain(now, s.tlp().stricterThan(incident.tlp()) ? s.tlp() : incident.tlp(),
                            s.pap()))
                    .orElseGet(() -> new Sighting(incident.id(), incident.id(), reportId, now, now,
                            source, incident.tlp(), pap, incident.isExercise()))).indicator());
        }
        return taken;
    }

    /** An indicator in a partner's bundle, with the TLP it was marked with and its PAP (null: none was given). */
    public record Imported(Observable observable, Tlp tlp, Pap pap) {
    }

    /**
     * Records the indicators of a partner's bundle, each as a sighting of the partner ({@code identity}, its STIX ID,
     * and {@code name}, as the bundle names it), with the markings the bundle gives them.
     */
    public List<Indicator> imported(String identity, String name, List<Imported> indicators) {
        Instant now = clock.instant();
        String key = Sighting.importKey(identity);
        String source = "stix import from " + name;
        return indicators.stream().map(i -> sight(i.observable(), key, current -> {
            Pap pap = i.pap() != null ? i.pap() : current.map(Sighting::pap).orElse(properties.defaultPap());
            return new Sighting(key, null, null, current.map(Sighting::at).orElse(now), now, source, i.tlp(), pap,
                    false);
        }).indicator()).toList();
    }

    public Optional<Indicator> find(Observable observable) {
        return store.find(observable.type().code(), observable.value()).map(IndicatorDocuments::toIndicator);
    }

    /** The incident's indicators, most recently seen first. */
    public List<Indicator> seenIn(String incidentId) {
        return store.seenIn(incidentId).stream().map(IndicatorDocuments::toIndicator).toList();
    }

    /** Every indicator, most recently seen first. */
    public List<Indicator> all() {
        return store.all().stream().map(IndicatorDocuments::toIndicator).toList();
    }

    /** The indicators last seen before {@code cutoff}. */
    List<Indicator> lastSeenBefore(Instant cutoff) {
        return store.lastSeenBefore(cutoff).stream().map(IndicatorDocuments::toIndicator).toList();
    }

    /** Removes the indicator, unless it changed since it was read. */
    boolean remove(Indicator indicator) {
        Observable o = indicator.observable();
        return store.remove(o.type().code(), o.value(), indicator.revision());
    }

    private record Written(Indicator indicator, boolean added) {
    }

    /** Writes the sighting {@code key} as {@code next} makes it of the one stored (if any), read again after a race. */
    private Written sight(Observable observable, String key, Function<Optional<Sighting>, Sighting> next) {
        String type = observable.type().code();
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            Optional<Indicator> read = find(observable);
            Optional<Sighting> current = read.flatMap(i -> i.sighting(key));
            Sighting now = next.apply(current);
            if (store.putSighting(type, observable.value(), read.map(Indicator::revision).orElse(null),
                    IndicatorDocuments.toDocument(now))) {
                return new Written(find(observable).orElseThrow(), current.isEmpty());
            }
        }
        throw new IllegalStateException("the indicator " + observable.key() + " kept changing while it was written");
    }
}
