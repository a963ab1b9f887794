package org.csirtbot.playbooks.cacao;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.load.ReadResult;
import org.csirtbot.playbooks.model.Playbook;
import org.csirtbot.playbooks.testing.Fixtures;
import org.junit.jupiter.params.provider.Arguments;

/** Every playbook the library loads (the built-ins, whatever they are today) and every valid test fixture. */
final class AllPlaybooks {

    private static final List<String> FIXTURE_FOLDERS = List.of("valid", "cacao");

    private AllPlaybooks() {
    }

    static Stream<Arguments> arguments() {
        List<Arguments> all = new ArrayList<>();
        PlaybookLibrary.builtIn(null).all().forEach(p -> all.add(Arguments.of("built-in " + p.id(), p)));
        fixtures().forEach(path -> all.add(Arguments.of("fixture " + path, read(path))));
        return all.stream();
    }

    private static List<String> fixtures() {
        List<String> paths = new ArrayList<>();
        for (String folder : FIXTURE_FOLDERS) {
            try (Stream<Path> files = Files.list(Path.of("src/test/resources/fixtures", folder))) {
                files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted()
                        .forEach(name -> paths.add(folder + "/" + name));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return paths;
    }

    private static Playbook read(String path) {
        ReadResult result = Fixtures.read(path);
        if (!result.accepted()) {
            throw new AssertionError(path + " is refused: " + result.problems());
        }
        return result.playbook();
    }
}
