package org.csirtbot.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbooks.cacao.CacaoImport;
import org.csirtbot.playbooks.cacao.CacaoImportException;
import org.csirtbot.playbooks.cacao.PlaybookYaml;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.model.Playbook;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/playbooks/cacao} with a CACAO 2.0 playbook (JSON) answers it converted to a csirt-playbook/1 YAML
 * file, checked as a playbook file is, or 400 with every problem found. It installs nothing: the answer says to save
 * the file in {@code CSIRTBOT_PLAYBOOKS_DIR}, so what runs stays what an operator put there. 200, not 201: nothing is
 * created on the server. Needs the scope {@code read}, as it tells which playbooks are in force.
 */
@RestController
@RequestMapping("/api")
class CacaoImportApi {

    /** Ten times the largest built-in's export. */
    static final int MAX_BYTES = 1024 * 1024;

    private final PlaybookCatalog catalog;
    private final CacaoImport cacaoImport = new CacaoImport();
    private final PlaybookYaml yaml = new PlaybookYaml();

    CacaoImportApi(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    @PostMapping("/playbooks/cacao")
    ResponseEntity<?> convert(InputStream body, @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client)
            throws IOException {
        client.require(Scope.READ);
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return refused(List.of("the body is larger than " + MAX_BYTES + " bytes: a CACAO playbook is far smaller"));
        }
        if (bytes.length == 0) {
            return refused(List.of("the body is empty: send a CACAO 2.0 playbook as JSON"));
        }
        Playbook playbook;
        try {
            playbook = cacaoImport.read(new String(bytes, StandardCharsets.UTF_8));
        } catch (CacaoImportException e) {
            return refused(e.problems());
        }
        return ResponseEntity.ok().contentType(PlaybooksApi.YAML).body(notInstalled(playbook) + yaml.write(playbook));
    }

    private String notInstalled(Playbook playbook) {
        String header = "# Converted from a CACAO 2.0 playbook. Not installed: to use it, save this as " + playbook.id()
                + ".yaml in CSIRTBOT_PLAYBOOKS_DIR.\n";
        return header + catalog.find(playbook.id()).map(p -> catalog.origin(p.id())
                .filter(PlaybookLibrary::isBuiltIn)
                .map(file -> "# Built-in " + p.id() + " version " + p.version() + " is in force; this file replaces it.\n")
                .orElseGet(() -> "# " + p.id() + " version " + p.version() + " is in force from "
                        + catalog.origin(p.id()).orElse("the directory") + ": replace that file, since a second file "
                        + "with the same id is refused.\n"))
                .orElse("");
    }

    private static ResponseEntity<Map<String, Object>> refused(List<String> problems) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", "not converted: " + String.join("; ", problems));
        answer.put("problems", problems);
        return ResponseEntity.badRequest().body(answer);
    }
}
