package org.csirtbot.playbooks.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.serialization.node.LocationJsonNodeFactory;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.csirtbot.playbooks.model.Playbook;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one playbook: YAML syntax, the JSON Schema, then the semantic checks. Each problem carries the file,
 * line and column, so the author can find and fix it.
 */
public final class PlaybookReader {

    private static final Comparator<Problem> IN_FILE_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column).thenComparing(Problem::message);

    private final ObjectMapper yaml = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private final ObjectMapper binder = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    private final SchemaCheck schema = new SchemaCheck();

    /** The playbook, or the problems that refuse it. */
    public ReadResult read(String file, String text) {
        JsonNode root;
        try (JsonParser parser = yaml.createParser(text)) {
            root = yaml.reader().with(new LocationJsonNodeFactory(parser)).readTree(parser);
        } catch (JsonProcessingException e) {
            return syntaxError(file, e);
        } catch (IOException e) {
            return ReadResult.refused(List.of(new Problem(file, 1, 1, "cannot read the file: " + e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            return ReadResult.refused(List.of(new Problem(file, 1, 1,
                    "the file holds no playbook: write a YAML mapping starting with 'schema: csirt-playbook/1'")));
        }
        return check(new SourceMap(file, root));
    }

    private ReadResult check(SourceMap source) {
        Findings findings = new Findings();
        schema.check(source.root(), findings);
        if (!findings.list().isEmpty()) {
            return refuse(source, findings);
        }
        Playbook playbook;
        try {
            playbook = binder.treeToValue(source.root(), Playbook.class);
        } catch (JsonMappingException e) {
            findings.add(pointer(e), "cannot read the value: " + e.getOriginalMessage());
            return refuse(source, findings);
        } catch (JsonProcessingException e) {
            findings.add("", "cannot read the playbook: " + e.getOriginalMessage());
            return refuse(source, findings);
        }
        DuplicateIds.check(playbook, findings);
        RoleReferences.check(playbook, findings);
        StepReferences.check(playbook, findings);
        VariableReferences.check(playbook, findings);
        TranslationCheck.check(source.root(), findings);
        if (findings.list().isEmpty()) {
            FlowCheck.check(playbook, findings);
        }
        return findings.list().isEmpty()
                ? ReadResult.accepted(playbook, source.problem("/id", "")) : refuse(source, findings);
    }

    private static ReadResult refuse(SourceMap source, Findings findings) {
        return ReadResult.refused(findings.list().stream()
                .map(f -> source.problem(f.pointer(), f.message()))
                .distinct()
                .sorted(IN_FILE_ORDER)
                .toList());
    }

    private static ReadResult syntaxError(String file, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 1 : Math.max(1, at.getLineNr());
        int column = at == null ? 1 : Math.max(1, at.getColumnNr());
        String message = e.getOriginalMessage().lines().findFirst().orElse("").strip();
        if (message.startsWith("Duplicate field")) {
            return ReadResult.refused(List.of(new Problem(file, line, column,
                    message.substring("Duplicate field ".length()) + " is written twice in one mapping: keep one")));
        }
        if (e.getCause() instanceof MarkedYAMLException yaml) {
            message = (yaml.getContext() == null ? "" : yaml.getContext() + ": ") + yaml.getProblem();
        }
        return ReadResult.refused(List.of(new Problem(file, line, column, "the YAML cannot be read (" + message
                + "): fix the syntax here; quote a text that holds ': ', ' #', or '?' or ',' inside { }")));
    }

    private static String pointer(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? "/" + r.getFieldName() : "/" + r.getIndex())
                .collect(Collectors.joining());
    }
}
