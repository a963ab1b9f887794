package org.csirtbot.indicators.stix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.indicators.Indicator;
import org.csirtbot.indicators.IndicatorRegistry;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A partner's STIX 2.1 bundle into the registry. The bundle is checked whole first: a malformed one, or one with an
 * indicator the registry cannot keep as it is marked (a marking other than TLP 2.0, TLP 1.0 or PAP, no TLP, granular
 * markings) or whose value is not well formed, is refused with every problem, nothing stored. Indicators whose pattern
 * is not one comparison on a value the registry holds, of another pattern type, or revoked, are skipped, each with its
 * reason. The rest become sightings of the identity that created them ("stix import from &lt;its name&gt;"), with the
 * bundle's markings; without a creator, of the API client that sent it.
 */
@Component
public class StixImport {

    /** The most objects a bundle may hold. */
    public static final int OBJECTS_MAX = 10_000;

    private final IndicatorRegistry registry;

    StixImport(IndicatorRegistry registry) {
        this.registry = registry;
    }

    /** What the import did: the indicators as they now are, and those skipped with the reason. */
    public record Outcome(List<Indicator> imported, List<Skipped> skipped) {
    }

    /** An indicator of the bundle that was left out, and why. */
    public record Skipped(String id, String reason) {
    }

    /**
     * Checks the bundle, then records its indicators.
     *
     * @param sender the API client's actor ({@code api:<name>}), the creator of indicators the bundle says nothing of
     * @throws InvalidBundle with every problem, nothing stored
     */
    public Outcome importBundle(JsonNode bundle, String sender) {
        BundleReading reading = new BundleReading(bundle);
        if (!reading.problems().isEmpty()) {
            throw new InvalidBundle(reading.problems());
        }
        Map<String, List<IndicatorRegistry.Imported>> byCreator = new LinkedHashMap<>();
        reading.indicators().forEach(i -> byCreator.computeIfAbsent(i.creator() == null ? "" : i.creator(),
                c -> new ArrayList<>()).add(i.imported()));
        Map<String, String> names = new HashMap<>(reading.identities());
        List<Indicator> imported = new ArrayList<>();
        byCreator.forEach((creator, indicators) -> imported.addAll(creator.isEmpty()
                ? registry.imported(sender, sender, indicators)
                : registry.imported(creator, names.getOrDefault(creator, creator), indicators)));
        return new Outcome(imported, reading.skipped());
    }
}
