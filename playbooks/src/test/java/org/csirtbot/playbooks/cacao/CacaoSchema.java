package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The OASIS CACAO 2.0 JSON schemas, from the copies in src/test/resources/cacao-2.0 (their $ids mapped there, so no
 * network). Two passes: as published (draft-07, where unevaluatedProperties means nothing), and strict, reading
 * unevaluatedProperties as draft 2019-09 does so that unknown properties are caught too.
 */
final class CacaoSchema {

    private static final String PUBLISHED = "https://raw.githubusercontent.com/oasis-open/cacao-json-schemas/main/schemas/";
    private static final String LOCAL = "classpath:cacao-2.0/schemas/";
    private static final JsonSchema PLAYBOOK = schema("playbook.json", false);
    private static final JsonSchema STRICT_PLAYBOOK = schema("playbook.json", true);
    private static final Map<String, JsonSchema> COMMANDS = new ConcurrentHashMap<>();

    private CacaoSchema() {
    }

    /** Every schema violation, as "pointer: message"; empty when the playbook is valid. */
    static List<String> violations(JsonNode playbook) {
        List<String> found = new ArrayList<>(messages(PLAYBOOK, playbook));
        found.addAll(messages(STRICT_PLAYBOOK, withBareCommands(playbook)));
        playbook.path("workflow").forEach(step -> step.path("commands").forEach(command -> found.addAll(command(command))));
        return found;
    }

    /**
     * action.json checks commands against command-data.json, whose own unevaluatedProperties knows none of the
     * properties of the command types (manual.json's "command", …): read strictly, every command with a text fails,
     * and so does its type's schema, which includes command-data.json. So the playbook is checked strictly with its
     * commands reduced to their type, and each command against its type's schema as published plus a check that it
     * holds only properties that command-data.json or its type's schema define.
     */
    private static JsonNode withBareCommands(JsonNode playbook) {
        JsonNode copy = playbook.deepCopy();
        copy.path("workflow").forEach(step -> step.path("commands").forEach(command ->
                ((ObjectNode) command).retain("type")));
        return copy;
    }

    private static List<String> command(JsonNode command) {
        String type = command.path("type").asText();
        List<String> found = new ArrayList<>(messages(COMMANDS.computeIfAbsent(type,
                t -> schema("commands/" + t + ".json", false)), command));
        Set<String> known = new HashSet<>(properties("command-data.json"));
        known.addAll(properties(type + ".json"));
        command.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                found.add("command " + type + ": property '" + name + "' is defined by no command schema");
            }
        });
        return found;
    }

    /** The property names a command schema declares (in its allOf parts). */
    private static Set<String> properties(String file) {
        try (InputStream in = CacaoSchema.class.getResourceAsStream("/cacao-2.0/schemas/commands/" + file)) {
            Set<String> names = new HashSet<>();
            new ObjectMapper().readTree(in).path("allOf").forEach(part ->
                    part.path("properties").fieldNames().forEachRemaining(names::add));
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> messages(JsonSchema schema, JsonNode node) {
        return schema.validate(node).stream().map(ValidationMessage::getMessage).toList();
    }

    private static JsonSchema schema(String file, boolean strict) {
        JsonMetaSchema draft7As201909 = JsonMetaSchema.builder("http://json-schema.org/draft-07/schema",
                JsonMetaSchema.getV201909()).build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7, builder -> {
            builder.schemaMappers(mappers -> mappers.mapPrefix(PUBLISHED, LOCAL));
            if (strict) {
                builder.metaSchema(draft7As201909);
            }
        });
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_POINTER).build();
        return factory.getSchema(SchemaLocation.of(PUBLISHED + file), config);
    }
}
