package org.csirtbot.playbooks.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioReaderTests {

    private static final String GOOD = text();

    private final ScenarioReader reader = new ScenarioReader();

    @TempDir
    Path dir;

    @Test
    void readsAGoodScenario() {
        ScenarioReader.Result read = reader.read("drill.yaml", GOOD);

        assertThat(read.problems()).isEmpty();
        Scenario s = read.scenario();
        assertThat(s.id()).isEqualTo("drill");
        assertThat(s.name().in("ja")).isEqualTo("フィッシング訓練");
        assertThat(s.pace()).isEqualTo(10);
        assertThat(s.incident().severity()).isEqualTo("S1");
        assertThat(s.incident().playbook()).isEqualTo("phishing-report");
        assertThat(s.execChannel()).isFalse();
        assertThat(s.injects()).extracting(Inject::id).containsExactly("reporter-calls", "block-or-not");
        Inject first = s.injects().get(0);
        assertThat(first.at()).isEqualTo(Duration.ofMinutes(10));
        assertThat(first.kind()).isEqualTo(Inject.Kind.MEDIA);
        assertThat(first.expects()).isEqualTo(Inject.Expects.RESPONSE);
        assertThat(first.respondWithin()).isEqualTo(Duration.ofMinutes(30));
        assertThat(Scenario.realTime(first.at(), s.pace())).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void refusesAFileThatIsNotYaml() {
        assertThat(reader.read("bad.yaml", "id: [unclosed").problems())
                .singleElement().asString().startsWith("bad.yaml:").contains("the YAML cannot be read");
    }

    @Test
    void namesEachProblemAndWhatToFix() {
        String bad = GOOD.replace("id: drill", "id: Drill_1")
                .replace("pace: 10", "pace: 0")
                .replace("severity: S1", "severity: S9")
                .replace("ja: \"経理部にフィッシングメールが届いた。\"", "ja: \"\"")
                .replace("at: PT20M", "at: soon")
                .replace("expects: decision", "expects: maybe");

        assertThat(reader.read("bad.yaml", bad).problems()).contains(
                "bad.yaml: id: 'Drill_1' may hold only a-z, 0-9 and '-'",
                "bad.yaml: pace: must be a whole number of scenario minutes per real minute, 1 or more",
                "bad.yaml: incident.severity: 'S9' is not allowed: use one of [S1, S2, S3, S4]",
                "bad.yaml: brief.ja: is missing: every text needs both en and ja",
                "bad.yaml: injects[1].at: 'soon' is not an ISO-8601 duration: write it as PT10M, PT2H or P1DT4H",
                "bad.yaml: injects[1].expects: 'maybe' is not allowed: use one of [decision, none, response]");
    }

    @Test
    void refusesInjectsOutOfOrderOrWithTheSameId() {
        String bad = GOOD.replace("at: PT20M", "at: PT5M").replace("id: block-or-not", "id: reporter-calls");

        assertThat(reader.read("bad.yaml", bad).problems()).containsExactly(
                "bad.yaml: injects[1].id: 'reporter-calls' is used twice: give each inject its own id",
                "bad.yaml: injects[1].at: comes before the inject above it: list injects in order of 'at'");
    }

    @Test
    void theLibraryReadsTheIndexThenADirectoryThatReplacesById() throws IOException {
        Files.writeString(dir.resolve("drill.yaml"), GOOD.replace("pace: 10", "pace: 60"));
        Files.writeString(dir.resolve("broken.yml"), "schema: csirt-exercise/1\nid: broken\n");

        ScenarioLibrary library = new ScenarioLibrary("exercise-fixtures", dir);

        assertThat(library.all()).extracting(Scenario::id).containsExactly("drill");
        assertThat(library.find("drill")).get().extracting(Scenario::pace).isEqualTo(60);
        assertThat(library.problems()).isNotEmpty().allSatisfy(p -> assertThat(p).startsWith(dir + "/broken.yml: "));
        assertThat(new ScenarioLibrary("exercise-fixtures", null).find("drill")).get()
                .extracting(Scenario::pace).isEqualTo(10);
    }

    private static String text() {
        try (var in = ScenarioReaderTests.class.getResourceAsStream("/exercise-fixtures/drill.yaml")) {
            return new String(Objects.requireNonNull(in).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
