package org.csirtbot.indicators;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The indicator registry's settings.
 *
 * @param retention    how long an indicator is kept after its last sighting, whatever became of the incidents it came
 *                     from: as long as the longest default incident retention (S1, {@code P7Y}), but counted from the
 *                     last sighting, so a low-severity phish's indicators outlive its incident and are still there
 *                     when the same infrastructure comes back years later. More than zero; a period beyond the
 *                     calendar keeps indicators for good ({@code CSIRTBOT_INDICATORS_RETENTION})
 * @param defaultPap   the PAP an indicator gets when nobody gave one: taken from a report, added without one, or in a
 *                     partner's bundle without a PAP marking ({@code CSIRTBOT_INDICATORS_DEFAULT_PAP}: {@code clear},
 *                     {@code green}, {@code amber} or {@code red})
 * @param organisation the organisation's name in STIX bundles: the identity that creates what the export holds, whose
 *                     ID (and so every indicator's ID) is derived from it ({@code CSIRTBOT_INDICATORS_ORGANISATION})
 */
@ConfigurationProperties("csirtbot.indicators")
public record IndicatorProperties(
        @DefaultValue("P7Y") Period retention,
        @DefaultValue("AMBER") Pap defaultPap,
        @DefaultValue("csirtbot") String organisation) {

    public IndicatorProperties {
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("csirtbot.indicators.retention must be a period of more than zero, "
                    + "such as P7Y; it is " + retention);
        }
        if (organisation == null || organisation.isBlank()) {
            throw new IllegalArgumentException("csirtbot.indicators.organisation must name the organisation");
        }
        organisation = organisation.strip();
    }
}
