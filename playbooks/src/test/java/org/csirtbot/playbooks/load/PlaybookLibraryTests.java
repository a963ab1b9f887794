package org.csirtbot.playbooks.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlaybookLibraryTests {

    private static final String BUILT_INS = "fixtures/valid";

    @TempDir
    Path dir;

    @Test
    void loadsTheBuiltInsListedInTheIndex() {
        PlaybookLibrary library = new PlaybookLibrary(BUILT_INS, null);

        assertThat(library.all()).extracting(Playbook::id).containsExactly("personal-data-breach", "phishing-report");
        assertThat(library.suggestedFor("information_leak")).extracting(Playbook::id).containsExactly("personal-data-breach");
        assertThat(library.problems()).isEmpty();
    }

    @Test
    void theShippedLibraryLoadsWithoutProblems() {
        PlaybookLibrary library = PlaybookLibrary.builtIn(null);

        assertThat(library.problems()).isEmpty();
    }

    @Test
    void theIndexListsEveryBuiltInFile() throws IOException {
        Path folder = Path.of("src/main/resources", PlaybookLibrary.BUILT_IN_FOLDER);
        List<String> listed = Files.readAllLines(folder.resolve("index.txt")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();

        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .sorted().toList()).isEqualTo(listed);
        }
    }

    @Test
    void aDirectoryPlaybookOverridesTheBuiltInWithTheSameId() throws IOException {
        write("mine.yaml", phishingVersion(7));

        PlaybookLibrary library = new PlaybookLibrary(BUILT_INS, dir);

        assertThat(library.find("phishing-report")).get().extracting(Playbook::version).isEqualTo(7);
        assertThat(library.all()).hasSize(2);
        assertThat(library.origin("phishing-report")).contains(dir.resolve("mine.yaml").toString());
        assertThat(library.origin("personal-data-breach")).contains("classpath:fixtures/valid/personal-data-breach.yaml");
        assertThat(library.origin("nothing")).isEmpty();
    }

    @Test
    void everyInvalidFileIsRefusedWithItsProblemWhileTheOthersLoad() throws IOException {
        for (String name : new String[] {"unknown-field", "unknown-step", "loop-without-exit", "syntax-error"}) {
            write(name + ".yaml", Fixtures.text("invalid/" + name + ".yaml"));
        }
        write("tiny.yaml", Fixtures.text("invalid/unknown-field.yaml").replace("        ownr: handler\n", "")
                .replace("id: unknown-field", "id: tiny"));

        PlaybookLibrary library = new PlaybookLibrary(BUILT_INS, dir);

        assertThat(library.all()).extracting(Playbook::id).containsExactly("personal-data-breach", "phishing-report", "tiny");
        assertThat(library.problems()).map(Problem::toString).containsExactly(
                dir.resolve("loop-without-exit.yaml") + ":15:13: steps [s1, s2] loop with no way out: none of them leads "
                        + "outside the loop or to 'end'; give one of them a next or an option that leaves the loop",
                dir.resolve("loop-without-exit.yaml") + ":32:13: step 's3' is unreachable: no step leads to it; point a "
                        + "next, an option or a branch at it, or remove it",
                dir.resolve("syntax-error.yaml") + ":21:30: the YAML cannot be read (while parsing a flow mapping: "
                        + "expected ',' or '}', but got <stream end>): fix the syntax here; quote a text that holds ': ', "
                        + "' #', or '?' or ',' inside { }",
                dir.resolve("unknown-field.yaml") + ":21:15: unknown field 'ownr' in phases[0].steps[0]: remove it or "
                        + "fix its spelling",
                dir.resolve("unknown-step.yaml") + ":21:15: unknown step 's9': use the id of a step in this playbook, "
                        + "or 'end'");
    }

    @Test
    void aRefusedChangeKeepsTheLastGoodVersionActive() throws IOException {
        write("mine.yaml", phishingVersion(7));
        PlaybookLibrary library = new PlaybookLibrary(BUILT_INS, dir);

        write("mine.yaml", phishingVersion(8).replace("owner: handler", "owner: nobody"));
        ReloadReport refused = library.reload();

        assertThat(library.find("phishing-report")).get().extracting(Playbook::version).isEqualTo(7);
        assertThat(refused.refused()).singleElement().satisfies(r -> {
            assertThat(r.file()).isEqualTo(dir.resolve("mine.yaml").toString());
            assertThat(r.keptVersion()).isEqualTo(7);
            assertThat(r.problems()).first().extracting(Problem::message).asString().startsWith("unknown role 'nobody'");
        });
        assertThat(refused.updated()).isEmpty();

        write("mine.yaml", phishingVersion(9));
        ReloadReport fixed = library.reload();

        assertThat(fixed.updated()).containsExactly("phishing-report");
        assertThat(fixed.refused()).isEmpty();
        assertThat(library.problems()).isEmpty();
        assertThat(library.find("phishing-report")).get().extracting(Playbook::version).isEqualTo(9);
    }

    @Test
    void reloadTellsWhatWasAddedAndRemovedAndNothingWhenNothingChanged() throws IOException {
        PlaybookLibrary library = new PlaybookLibrary(BUILT_INS, dir);
        assertThat(library.reload().changed()).isFalse();

        write("other.yaml", phishingVersion(1).replace("id: phishing-report", "id: phishing-other"));
        assertThat(library.reload().added()).containsExactly("phishing-other");

        Files.delete(dir.resolve("other.yaml"));
        assertThat(library.reload().removed()).containsExactly("phishing-other");
    }

    @Test
    void removingAnOverrideBringsTheBuiltInBack() throws IOException {
        write("mine.yaml", phishingVersion(7));
        PlaybookLibrary library = new PlaybookLibrary(BUILT_INS, dir);

        Files.delete(dir.resolve("mine.yaml"));

        assertThat(library.reload().updated()).containsExactly("phishing-report");
        assertThat(library.find("phishing-report")).get().extracting(Playbook::version).isEqualTo(3);
        assertThat(library.origin("phishing-report")).get().matches(PlaybookLibrary::isBuiltIn);
    }

    @Test
    void twoDirectoryFilesWithOneIdRefuseTheSecond() throws IOException {
        write("a.yaml", phishingVersion(7));
        write("b.yaml", phishingVersion(8));

        PlaybookLibrary library = new PlaybookLibrary(BUILT_INS, dir);

        assertThat(library.find("phishing-report")).get().extracting(Playbook::version).isEqualTo(7);
        assertThat(library.problems()).map(Problem::toString).containsExactly(dir.resolve("b.yaml")
                + ":3:5: id 'phishing-report' is already used by " + dir.resolve("a.yaml") + ": give this playbook another id");
    }

    private static String phishingVersion(int version) {
        return Fixtures.text("valid/phishing-report.yaml").replace("version: 3", "version: " + version);
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
