package org.csirtbot.indicators;

import org.csirtbot.incident.Tlp;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.csirtbot.storage.indicators.IndicatorDocument;

/** Maps stored indicators to the registry's records and back. */
final class IndicatorDocuments {

    private IndicatorDocuments() {
    }

    static Indicator toIndicator(IndicatorDocument d) {
        ObservableType type = ObservableType.fromCode(d.type())
                .orElseThrow(() -> new IllegalStateException("indicator " + d.id() + " has an unknown type"));
        return new Indicator(new Observable(type, d.value()), d.firstSeen(), d.lastSeen(),
                d.sightings().stream().map(IndicatorDocuments::toSighting).toList(), d.revision());
    }

    static Sighting toSighting(IndicatorDocument.Sighting s) {
        // an unreadable marking is read as the strictest, never as one that lets it travel further
        return new Sighting(s.key(), s.incidentId(), s.reportId(), s.at(), s.lastAt(), s.source(),
                Tlp.fromLabel(s.tlp()).orElse(Tlp.RED), Pap.named(s.pap()).orElse(Pap.RED), s.exercise());
    }

    static IndicatorDocument.Sighting toDocument(Sighting s) {
        return new IndicatorDocument.Sighting(s.key(), s.incidentId(), s.reportId(), s.at(), s.lastAt(), s.source(),
                s.tlp().label(), s.pap().name(), s.exercise());
    }
}
