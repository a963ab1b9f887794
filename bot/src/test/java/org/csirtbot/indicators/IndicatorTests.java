package org.csirtbot.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.csirtbot.incident.Tlp;
import org.csirtbot.observables.Observable;
import org.csirtbot.observables.ObservableType;
import org.junit.jupiter.api.Test;

/** An indicator is handled as its strictest source says; PAP:RED from any source means no lookups outside. */
class IndicatorTests {

    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void theStrictestSightingRules() {
        Indicator indicator = indicator(sighting("INC-1", Tlp.GREEN, Pap.GREEN), sighting("INC-2", Tlp.AMBER, Pap.CLEAR));

        assertThat(indicator.tlp()).isEqualTo(Tlp.AMBER);
        assertThat(indicator.pap()).isEqualTo(Pap.GREEN);
        assertThat(indicator.mayBeLookedUpOutside()).isTrue();
        assertThat(indicator.sightingIn("INC-2")).map(Sighting::tlp).contains(Tlp.AMBER);
    }

    @Test
    void papRedFromAnySourceForbidsLookingItUpOutside() {
        Indicator indicator = indicator(sighting("INC-1", Tlp.CLEAR, Pap.CLEAR), sighting("INC-2", Tlp.CLEAR, Pap.RED));

        assertThat(indicator.pap()).isEqualTo(Pap.RED);
        assertThat(indicator.mayBeLookedUpOutside()).isFalse();
    }

    @Test
    void papLevelsAreReadAsPeopleWriteThem() {
        assertThat(Pap.named("pap:amber")).contains(Pap.AMBER);
        assertThat(Pap.named("WHITE")).contains(Pap.CLEAR);
        assertThat(Pap.named("purple")).isEmpty();
        assertThat(Tlp.named("amber strict")).contains(Tlp.AMBER_STRICT);
        assertThat(Tlp.named("TLP:amber+strict")).contains(Tlp.AMBER_STRICT);
    }

    private static Indicator indicator(Sighting... sightings) {
        return new Indicator(new Observable(ObservableType.DOMAIN, "evil.example"), T0, T0, List.of(sightings), 1);
    }

    private static Sighting sighting(String incidentId, Tlp tlp, Pap pap) {
        return new Sighting(incidentId, incidentId, null, T0, T0, "ioc-add by U1", tlp, pap, false);
    }
}
