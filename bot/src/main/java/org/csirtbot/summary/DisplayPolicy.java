package org.csirtbot.summary;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Tlp;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What each audience outside the room is shown of an incident, by its TLP and whether it is confidential
 * ({@code csirtbot.display.executives.<class>}, {@code csirtbot.display.reporters.<class>}, the class being
 * {@code clear}, {@code green}, {@code amber}, {@code amber-strict}, {@code red} or {@code confidential}). A confidential
 * incident shows only what both its TLP's class and {@code confidential} allow. The ID is always shown. Unset classes
 * keep the defaults: executives see everything up to AMBER, and only ID, severity, status and commander of an
 * AMBER+STRICT, RED or confidential incident; reporters see the title and outcome up to GREEN, the outcome at AMBER,
 * and nothing but the ID beyond.
 *
 * @param executives fields shown in the executive channel and digest, by class
 * @param reporters  fields shown in the thank-you to reporters at close, by class
 */
@ConfigurationProperties("csirtbot.display")
public record DisplayPolicy(Map<String, List<SummaryField>> executives, Map<String, List<SummaryField>> reporters) {

    private static final Set<SummaryField> ALL = EnumSet.allOf(SummaryField.class);
    private static final Set<SummaryField> BARE = EnumSet.of(SummaryField.ID, SummaryField.SEVERITY,
            SummaryField.STATUS, SummaryField.COMMANDER);
    private static final Map<String, Set<SummaryField>> EXECUTIVES = Map.of("clear", ALL, "green", ALL, "amber", ALL,
            "amberstrict", BARE, "red", BARE, "confidential", BARE);
    private static final Set<SummaryField> TOLD = EnumSet.of(SummaryField.ID, SummaryField.TITLE, SummaryField.OUTCOME);
    private static final Map<String, Set<SummaryField>> REPORTERS = Map.of("clear", TOLD, "green", TOLD,
            "amber", EnumSet.of(SummaryField.ID, SummaryField.OUTCOME), "amberstrict", EnumSet.of(SummaryField.ID),
            "red", EnumSet.of(SummaryField.ID), "confidential", EnumSet.of(SummaryField.ID));

    /** The defaults alone. */
    public static final DisplayPolicy DEFAULT = new DisplayPolicy(null, null);

    public DisplayPolicy {
        executives = executives == null ? Map.of() : Map.copyOf(executives);
        reporters = reporters == null ? Map.of() : Map.copyOf(reporters);
    }

    /** What {@code audience} is shown of the incident. */
    public Set<SummaryField> shown(Audience audience, Incident incident) {
        return shown(audience, incident.tlp(), incident.confidential());
    }

    public Set<SummaryField> shown(Audience audience, Tlp tlp, boolean confidential) {
        Set<SummaryField> shown = EnumSet.copyOf(of(audience, tlp.name()));
        if (confidential) {
            shown.retainAll(of(audience, "confidential"));
        }
        shown.add(SummaryField.ID);
        return shown;
    }

    private Set<SummaryField> of(Audience audience, String tlpClass) {
        String key = normal(tlpClass);
        Map<String, List<SummaryField>> configured = audience == Audience.EXECUTIVES ? executives : reporters;
        for (var entry : configured.entrySet()) {
            if (normal(entry.getKey()).equals(key)) {
                return entry.getValue().isEmpty() ? EnumSet.noneOf(SummaryField.class) : EnumSet.copyOf(entry.getValue());
            }
        }
        return (audience == Audience.EXECUTIVES ? EXECUTIVES : REPORTERS).get(key);
    }

    /** {@code AMBER_STRICT}, {@code amber-strict} and {@code AMBER+STRICT} name one class. */
    private static String normal(String key) {
        return key.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }
}
