package org.csirtbot.playbooks.cacao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.csirtbot.playbooks.load.PlaybookReader;
import org.csirtbot.playbooks.load.Problem;
import org.csirtbot.playbooks.load.ReadResult;
import org.csirtbot.playbooks.model.Playbook;

/**
 * A playbook as its csirt-playbook/1 document (the YAML shape, as JSON). Import builds such a document and reads it
 * with {@link PlaybookReader}, so an imported playbook passes every check a YAML file passes.
 */
final class PlaybookTree {

    /** Writes what the YAML would say: no nulls, no empty lists or maps (the loader reads them as absent). */
    static final ObjectMapper MAPPER = mapper();

    private static final PlaybookReader READER = new PlaybookReader();

    private PlaybookTree() {
    }

    private static ObjectMapper mapper() {
        ObjectMapper mapper = JsonMapper.builder()
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
        mapper.configOverride(List.class).setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null));
        mapper.configOverride(Map.class).setInclude(JsonInclude.Value.construct(JsonInclude.Include.NON_EMPTY, null));
        return mapper;
    }

    static ObjectNode of(Playbook playbook) {
        return MAPPER.valueToTree(playbook);
    }

    /** The playbook the document describes, checked as a playbook file is; refused with the loader's problems. */
    static Playbook read(ObjectNode document, String source) {
        String text;
        try {
            text = MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ReadResult result = READER.read(source, text);
        if (!result.accepted()) {
            throw new CacaoImportException(source, result.problems().stream().map(Problem::message).toList());
        }
        return result.playbook();
    }
}
