package org.csirtbot.playbooks.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped exercise scenarios (resources/exercises, listed in index.txt) are valid csirt-exercise/1 files that
 * `/incident exercise <id>` can run, and the schema refuses a broken file by naming the field at fault.
 */
class ScenarioFilesTests {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonSchema SCHEMA = schema();

    /** The ids of the scenarios index.txt lists: it names files, like the playbooks' index, and a file is <id>.yaml. */
    static Stream<String> shippedScenarios() {
        return lines("/exercises/index.txt").stream().peek(file -> assertThat(file).endsWith(".yaml"))
                .map(file -> file.substring(0, file.length() - ".yaml".length()));
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void aShippedScenarioIsValidAndNamedAfterItsId(String id) {
        JsonNode scenario = yaml(text("/exercises/" + id + ".yaml"));

        assertThat(violations(scenario)).isEmpty();
        assertThat(scenario.path("id").asText()).isEqualTo(id);
        assertThat(texts(scenario)).allSatisfy(text -> assertThat(text.path("ja").asText())
                .as("Japanese of %s", text).isNotEqualTo(text.path("en").asText()));
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void aShippedScenarioDeliversItsInjectsInOrderEachOnceAndAsksForADecision(String id) {
        List<JsonNode> injects = injects(yaml(text("/exercises/" + id + ".yaml")));

        assertThat(injects).extracting(i -> i.path("id").asText()).doesNotHaveDuplicates();
        assertThat(injects).extracting(i -> Duration.parse(i.path("at").asText())).isSorted();
        assertThat(injects).extracting(i -> i.path("expects").asText()).contains("decision");
    }

    @ParameterizedTest
    @MethodSource("shippedScenarios")
    void aShippedScenarioRunsWithinAnHourAndStartsABuiltInPlaybook(String id) {
        JsonNode scenario = yaml(text("/exercises/" + id + ".yaml"));
        Duration lastDue = injects(scenario).stream()
                .map(i -> Duration.parse(i.path("at").asText())
                        .plus(Duration.parse(i.path("respond_within").asText("PT0S"))))
                .max(Duration::compareTo).orElseThrow();
        long realMinutes = lastDue.toMinutes() / scenario.path("pace").asInt();

        assertThat(realMinutes).as("real minutes a run takes").isBetween(30L, 60L);
        assertThat(lines("/playbooks/index.txt")).contains(scenario.path("incident").path("playbook").asText() + ".yaml");
    }

    /** Each case breaks the valid file below in one place; the schema must name that place. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'      ja: 電話をかけてきた記者'   | ''                         | /injects/0/from: required property 'ja'",
        "'kind: media'                   | 'kind: tweet'              | /injects/0/kind",
        "'at: PT10M'                     | 'at: 10 minutes'           | /injects/0/at",
        "'respond_within: PT30M'         | ''                         | /injects/0: required property 'respond_within'",
        "'severity: S2'                  | 'severity: high'           | /incident/severity",
        "'tlp: AMBER'                    | 'tlp: TLP:AMBER'           | /incident/tlp",
        "'pace: 10'                      | 'pace: 0'                  | /pace",
        "'id: drill'                     | 'id: Drill_1'              | /id",
        "'category: phishing_mail'       | 'category: phishing'       | /incident/category",
        "'expects: response'             | 'expects: reply'           | /injects/0/expects",
        "'name: {en: A drill, ja: 訓練}' | 'name: {en: A drill, ja: 訓練, de: Übung}' | /name: property 'de'",
    })
    void aBrokenScenarioIsRefusedNamingTheFieldAtFault(String valid, String broken, String named) {
        assertThat(violations(yaml(VALID))).isEmpty();
        String text = VALID.replace(valid + "\n", broken.isEmpty() ? "" : broken + "\n");
        assertThat(text).isNotEqualTo(VALID);

        assertThat(violations(yaml(text))).anySatisfy(message -> assertThat(message).contains(named));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"/brief/en | 2501", "/name/ja | 151"})
    void anOverlongTextIsRefused(String pointer, int length) {
        String overlong = "あ".repeat(length);
        String field = pointer.substring(pointer.lastIndexOf('/') + 1);
        String parent = pointer.substring(1, pointer.lastIndexOf('/'));
        JsonNode scenario = yaml(VALID);
        ((ObjectNode) scenario.path(parent)).put(field, overlong);

        assertThat(violations(scenario)).anySatisfy(message -> assertThat(message).startsWith(pointer + ":"));
    }

    private static final String VALID = """
            schema: csirt-exercise/1
            id: drill
            name: {en: A drill, ja: 訓練}
            brief: {en: "*EXERCISE.* A reporter calls.", ja: "*【訓練】* 記者から電話があります。"}
            pace: 10
            incident:
              title: {en: Drill, ja: 訓練}
              severity: S2
              category: phishing_mail
              tlp: AMBER
              confidential: false
              playbook: phishing-report
            exec_channel: false
            injects:
              - id: press-call
                at: PT10M
                kind: media
                from:
                  en: A reporter (phone)
                  ja: 電話をかけてきた記者
                text: {en: "Is it true you were hacked?", ja: 御社が攻撃を受けたというのは本当ですか。}
                expects: response
                respond_within: PT30M
            """;

    private static List<String> violations(JsonNode scenario) {
        return SCHEMA.validate(scenario).stream().map(ValidationMessage::getMessage).toList();
    }

    /** Every {en, ja} text in the tree. */
    private static List<JsonNode> texts(JsonNode node) {
        List<JsonNode> texts = new ArrayList<>();
        if (node.has("en") && node.has("ja")) {
            texts.add(node);
        }
        node.forEach(child -> texts.addAll(texts(child)));
        return texts;
    }

    private static List<JsonNode> injects(JsonNode scenario) {
        return StreamSupport.stream(scenario.path("injects").spliterator(), false).toList();
    }

    private static JsonSchema schema() {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER).formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
        try (InputStream in = resource("/csirt-exercise-1.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of a resource that are not blank or comments. */
    private static List<String> lines(String name) {
        List<String> lines = new ArrayList<>();
        text(name).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(lines::add);
        return lines;
    }

    private static String text(String name) {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ScenarioFilesTests.class.getResourceAsStream(name);
        assertThat(in).as("resource %s", name).isNotNull();
        return in;
    }
}
