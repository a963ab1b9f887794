package org.csirtbot.indicators.stix;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.IndicatorRegistry;
import org.csirtbot.indicators.IndicatorValues;
import org.csirtbot.indicators.Pap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A partner's bundle read, before anything is stored: its identities' names, the indicators the registry keeps with
 * their markings and creator, those skipped with the reason, and every problem that refuses the bundle.
 */
final class BundleReading {

    /** An indicator to keep, and the identity that created it (null: the bundle does not say). */
    record Read(String creator, IndicatorRegistry.Imported imported) {
    }

    private final List<String> problems = new ArrayList<>();
    private final List<Read> indicators = new ArrayList<>();
    private final List<StixImport.Skipped> skipped = new ArrayList<>();
    private final Map<String, String> identities = new HashMap<>();

    BundleReading(JsonNode bundle) {
        if (bundle == null || !bundle.isObject()) {
            problems.add("the body must be a STIX 2.1 bundle: a JSON object with \"type\": \"bundle\"");
            return;
        }
        if (!"bundle".equals(bundle.path("type").asText())) {
            problems.add("type must be \"bundle\"");
        }
        if (!StixIds.isId(bundle.path("id").asText(), "bundle")) {
            problems.add("id must be bundle--<UUID>");
        }
        JsonNode objects = bundle.path("objects");
        if (!objects.isArray() || objects.size() > StixImport.OBJECTS_MAX) {
            problems.add("objects must be a list of at most " + StixImport.OBJECTS_MAX + " STIX objects");
            return;
        }
        for (int i = 0; i < objects.size(); i++) {
            object(i, objects.get(i));
        }
        for (int i = 0; i < objects.size(); i++) {
            if ("indicator".equals(objects.get(i).path("type").asText())) {
                indicator(where(i, objects.get(i)), objects.get(i));
            }
        }
    }

    List<String> problems() {
        return problems;
    }

    List<Read> indicators() {
        return indicators;
    }

    List<StixImport.Skipped> skipped() {
        return skipped;
    }

    Map<String, String> identities() {
        return identities;
    }

    private static String where(int i, JsonNode object) {
        return "objects[" + i + "] (" + object.path("id").asText("?") + ")";
    }

    private void object(int i, JsonNode object) {
        String type = object.path("type").asText("");
        String id = object.path("id").asText("");
        if (!object.isObject() || !StixIds.isId(id, type)) {
            problems.add("objects[" + i + "] must be a STIX object with a type and an id <type>--<UUID>");
        } else if (type.equals("identity")) {
            identities.put(id, object.path("name").asText(id));
        } else if (type.equals("marking-definition")) {
            marking(where(i, object), id, (ObjectNode) object);
        }
    }

    /** A TLP or PAP marking carried in the bundle says what its identifier stands for. */
    private void marking(String where, String id, ObjectNode marking) {
        String level = StixMarkings.level(marking);
        Optional<String> expected = StixMarkings.tlp(id).filter(t -> id.equals(StixMarkings.id(t)))
                .map(StixMarkings::level).or(() -> StixMarkings.pap(id).filter(p -> id.equals(StixMarkings.id(p)))
                        .map(p -> p.name().toLowerCase(Locale.ROOT)));
        if (expected.isPresent() && level != null && !expected.get().equals(level)) {
            problems.add(where + ": this identifier stands for " + expected.get().toUpperCase(Locale.ROOT)
                    + ", but the definition says " + level);
        }
    }

    private void indicator(String where, JsonNode indicator) {
        if (!"2.1".equals(indicator.path("spec_version").asText())) {
            problems.add(where + ": spec_version must be 2.1");
        } else if (indicator.path("revoked").asBoolean(false)) {
            skipped.add(new StixImport.Skipped(indicator.path("id").asText(), "revoked"));
        } else if (!"stix".equals(indicator.path("pattern_type").asText())) {
            skipped.add(new StixImport.Skipped(indicator.path("id").asText(), "pattern_type "
                    + indicator.path("pattern_type").asText("(none)") + ": the registry keeps STIX patterns only"));
        } else if (indicator.has("granular_markings")) {
            problems.add(where + ": granular_markings cannot be kept; mark the whole indicator instead");
        } else {
            markedIndicator(where, indicator);
        }
    }

    private void markedIndicator(String where, JsonNode indicator) {
        Tlp tlp = null;
        Pap pap = null;
        for (JsonNode ref : indicator.path("object_marking_refs")) {
            Optional<Tlp> asTlp = StixMarkings.tlp(ref.asText());
            Optional<Pap> asPap = StixMarkings.pap(ref.asText());
            if (asTlp.isPresent()) {
                tlp = tlp == null || asTlp.get().stricterThan(tlp) ? asTlp.get() : tlp;
            } else if (asPap.isPresent()) {
                pap = pap == null ? asPap.get() : Pap.stricter(pap, asPap.get());
            } else {
                problems.add(where + ": the marking " + ref.asText() + " is not a TLP 2.0, TLP 1.0 or PAP marking "
                        + "definition, so the registry could not keep it");
            }
        }
        String creator = indicator.path("created_by_ref").asText(null);
        if (creator != null && !StixIds.isId(creator, "identity")) {
            problems.add(where + ": created_by_ref must be identity--<UUID>");
        }
        if (tlp == null) {
            problems.add(where + ": no TLP marking in object_marking_refs: without one, nobody knows how far it may "
                    + "go");
            return;
        }
        Optional<StixPatterns.Comparison> comparison = StixPatterns.read(indicator.path("pattern").asText());
        if (comparison.isEmpty()) {
            skipped.add(new StixImport.Skipped(indicator.path("id").asText(), "the pattern is not one comparison on "
                    + "a URL, domain, e-mail address, IP address, MD5, SHA-1 or SHA-256 hash, mail subject or "
                    + "Message-ID"));
            return;
        }
        var value = IndicatorValues.read(comparison.get().type(), comparison.get().value());
        if (!value.ok()) {
            problems.add(where + ": " + IndicatorValues.describe(comparison.get().type(), value.problem()));
            return;
        }
        indicators.add(new Read(creator, new IndicatorRegistry.Imported(value.observable(), tlp, pap)));
    }
}
