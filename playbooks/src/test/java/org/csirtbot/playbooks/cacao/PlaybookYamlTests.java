package org.csirtbot.playbooks.cacao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.csirtbot.playbooks.load.PlaybookReader;
import org.csirtbot.playbooks.load.ReadResult;
import org.csirtbot.playbooks.model.Playbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For every playbook the library loads and every valid fixture: its YAML reads back to the same playbook. */
class PlaybookYamlTests {

    private final PlaybookYaml yaml = new PlaybookYaml();
    private final PlaybookReader reader = new PlaybookReader();

    static Stream<Arguments> playbooks() {
        return AllPlaybooks.arguments();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("playbooks")
    void theYamlReadsBackToTheSamePlaybook(String name, Playbook playbook) {
        String text = yaml.write(playbook);

        ReadResult read = reader.read(playbook.id() + ".yaml", text);

        assertThat(read.problems()).as(text).isEmpty();
        assertThat(read.playbook()).isEqualTo(playbook);
        assertThat(text).startsWith("schema: csirt-playbook/1\nid: " + playbook.id() + "\n");
    }
}
