package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import org.csirtbot.playbooks.load.PlaybookReader;
import org.csirtbot.playbooks.model.Playbook;

/**
 * Writes a playbook as a csirt-playbook/1 YAML file, the document {@link PlaybookReader} reads back to an equal
 * playbook: what an operator saves into the playbooks directory. Lives beside {@link PlaybookTree}, which gives the
 * document. Comments and flow style of a hand-written file are not kept.
 */
public final class PlaybookYaml {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            // "1.0" or "on" stay texts when read back
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(YAMLGenerator.Feature.SPLIT_LINES)
            .build());

    /** The playbook's YAML text. */
    public String write(Playbook playbook) {
        try {
            return YAML.writeValueAsString(PlaybookTree.of(playbook));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
