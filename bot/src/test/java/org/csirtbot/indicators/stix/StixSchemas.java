package org.csirtbot.indicators.stix;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * The OASIS STIX 2.1 JSON schemas, from the copies in src/test/resources/stix-2.1 (their $ids mapped there, so no
 * network; see its README.md for their provenance and licence).
 */
public final class StixSchemas {

    private static final String PUBLISHED =
            "http://raw.githubusercontent.com/oasis-open/cti-stix2-json-schemas/stix2.1/schemas/";
    private static final String LOCAL = "classpath:stix-2.1/schemas/";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(PUBLISHED, LOCAL)));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .pathType(PathType.JSON_POINTER).build();
    private static final JsonSchema BUNDLE = schema("common/bundle.json");

    private StixSchemas() {
    }

    /**
     * Every violation of the bundle schema, as "pointer: message"; empty when the bundle is valid. bundle.json lists
     * every STIX 2.1 object type but {@code extension-definition} (added by the specification's extensions): one falls
     * to its custom-object branch, which it matches twice (core and cyber-observable core), so the schema refuses any
     * bundle carrying one, the TLP 2.0 extension's included. Those are checked against extension-definition.json
     * instead, and the rest of the bundle against bundle.json.
     */
    public static List<String> bundleViolations(JsonNode bundle) {
        ObjectNode others = bundle.deepCopy();
        ArrayNode objects = others.putArray("objects");
        List<String> found = new ArrayList<>();
        for (JsonNode object : bundle.path("objects")) {
            if ("extension-definition".equals(object.path("type").asText())) {
                violations("common/extension-definition.json", object)
                        .forEach(v -> found.add(object.path("id").asText() + ": " + v));
            } else {
                objects.add(object);
            }
        }
        found.addAll(messages(BUNDLE, others));
        return found;
    }

    /**
     * The bundle with only the indicators {@code kept} and every other object: the shared test bot's registry holds
     * other tests' indicators too, and the schemas take their time over each object.
     */
    public static JsonNode withIndicators(JsonNode bundle, java.util.function.Predicate<JsonNode> kept) {
        ObjectNode copy = bundle.deepCopy();
        ArrayNode objects = copy.putArray("objects");
        bundle.path("objects").forEach(o -> {
            if (!"indicator".equals(o.path("type").asText()) || kept.test(o)) {
                objects.add(o);
            }
        });
        return copy;
    }

    /** Every violation of one schema ({@code sdos/indicator.json}, …) by one object. */
    public static List<String> violations(String schema, JsonNode object) {
        return messages(schema(schema), object);
    }

    private static List<String> messages(JsonSchema schema, JsonNode node) {
        return schema.validate(node).stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema schema(String file) {
        return FACTORY.getSchema(SchemaLocation.of(PUBLISHED + file), CONFIG);
    }
}
