package org.csirtbot.playbooks.exercise;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.csirtbot.playbooks.model.LText;

/**
 * Reads one scenario file: YAML, the JSON Schema when {@code csirt-exercise-1.schema.json} is on the classpath
 * ({@link ScenarioSchema}), then the checks the schema cannot make (ids, order, translations, sizes). Each problem
 * names the file, where in it, and what to fix.
 */
public final class ScenarioReader {

    /** Slack's limit on a section's text, which a brief and an inject's text are posted in. */
    static final int TEXT_MAX = 2500;
    private static final Set<String> SEVERITIES = Set.of("S1", "S2", "S3", "S4");
    private static final Set<String> TLPS = Set.of("CLEAR", "GREEN", "AMBER", "AMBER+STRICT", "RED");

    private final ObjectMapper yaml = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
    private final ScenarioSchema schema = ScenarioSchema.fromClasspath();

    /** What reading a file gave: the scenario, or the problems that refuse it (never both). */
    public record Result(Scenario scenario, List<String> problems) {

        public boolean accepted() {
            return scenario != null;
        }
    }

    public Result read(String file, String text) {
        JsonNode root;
        try {
            root = yaml.readTree(text == null ? "" : text);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? "" : ":" + e.getLocation().getLineNr();
            return refused(List.of(file + where + ": the YAML cannot be read ("
                    + e.getOriginalMessage().lines().findFirst().orElse("") + "): fix the syntax"));
        }
        if (root == null || !root.isObject()) {
            return refused(List.of(file + ": the file holds no scenario: write a YAML mapping starting with 'schema: "
                    + Scenario.SCHEMA + "'"));
        }
        Fields fields = new Fields(file);
        schema.check(root, fields);
        Scenario scenario = scenario(root, fields);
        return fields.problems().isEmpty() ? new Result(scenario, List.of()) : refused(fields.problems());
    }

    private static Result refused(List<String> problems) {
        return new Result(null, List.copyOf(problems));
    }

    private Scenario scenario(JsonNode root, Fields f) {
        if (!Scenario.SCHEMA.equals(root.path("schema").asText())) {
            f.problem("schema", "must be '" + Scenario.SCHEMA + "'");
        }
        String id = f.text(root, "id", "id");
        if (id != null && !id.matches("[a-z0-9-]+")) {
            f.problem("id", "'" + id + "' may hold only a-z, 0-9 and '-'");
        }
        LText name = f.ltext(root.path("name"), "name", 200);
        LText brief = f.ltext(root.path("brief"), "brief", TEXT_MAX);
        int pace = root.path("pace").asInt(0);
        if (!root.path("pace").isInt() || pace < 1) {
            f.problem("pace", "must be a whole number of scenario minutes per real minute, 1 or more");
        }
        ScenarioIncident incident = incident(root.path("incident"), f);
        List<Inject> injects = injects(root.path("injects"), f);
        return f.problems().isEmpty()
                ? new Scenario(id, name, brief, pace, incident, root.path("exec_channel").asBoolean(false), injects)
                : null;
    }

    private static ScenarioIncident incident(JsonNode node, Fields f) {
        if (!node.isObject()) {
            f.problem("incident", "is missing: say what the exercise incident is declared as");
            return null;
        }
        LText title = f.ltext(node.path("title"), "incident.title", 150);
        String severity = f.oneOf(node, "severity", "incident.severity", SEVERITIES);
        String category = f.text(node, "category", "incident.category");
        String tlp = f.oneOf(node, "tlp", "incident.tlp", TLPS);
        String playbook = node.hasNonNull("playbook") ? node.get("playbook").asText() : null;
        return new ScenarioIncident(title, severity, category, tlp, node.path("confidential").asBoolean(false), playbook);
    }

    private static List<Inject> injects(JsonNode node, Fields f) {
        List<Inject> injects = new ArrayList<>();
        if (!node.isArray()) {
            f.problem("injects", "is missing: list the injects, in order of 'at'");
            return injects;
        }
        Set<String> ids = new HashSet<>();
        Duration previous = Duration.ZERO;
        for (int i = 0; i < node.size(); i++) {
            Inject inject = InjectReading.inject(node.get(i), "injects[" + i + "]", f);
            if (inject == null) {
                continue;
            }
            if (!ids.add(inject.id())) {
                f.problem("injects[" + i + "].id", "'" + inject.id() + "' is used twice: give each inject its own id");
            }
            if (inject.at().compareTo(previous) < 0) {
                f.problem("injects[" + i + "].at", "comes before the inject above it: list injects in order of 'at'");
            }
            previous = inject.at();
            injects.add(inject);
        }
        return injects;
    }
}
