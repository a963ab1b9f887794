package org.csirtbot.api;

import java.nio.charset.StandardCharsets;

import org.csirtbot.playbook.PlaybookCatalog;
import org.csirtbot.playbooks.cacao.CacaoExport;
import org.csirtbot.playbooks.cacao.PlaybookYaml;
import org.csirtbot.playbooks.model.Playbook;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The playbooks in force: {@code GET /api/playbooks} lists them (and the refused files), {@code /api/playbooks/{id}}
 * gives one as its csirt-playbook/1 YAML file, {@code /api/playbooks/{id}/cacao.json} as a CACAO 2.0 playbook.
 */
@RestController
@RequestMapping("/api")
class PlaybooksApi {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);

    private final PlaybookCatalog catalog;
    private final PlaybookYaml yaml = new PlaybookYaml();
    private final CacaoExport cacao = new CacaoExport();

    PlaybooksApi(PlaybookCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/playbooks")
    PlaybookListing playbooks() {
        return PlaybookListing.of(catalog);
    }

    /** The file as an operator would save it in {@code CSIRTBOT_PLAYBOOKS_DIR} (comments of the original not kept). */
    @GetMapping("/playbooks/{id}")
    ResponseEntity<String> playbook(@PathVariable String id) {
        return ResponseEntity.ok().contentType(YAML).body(yaml.write(find(id)));
    }

    @GetMapping("/playbooks/{id}/cacao.json")
    ResponseEntity<String> cacao(@PathVariable String id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(cacao.write(find(id)));
    }

    private Playbook find(String id) {
        return catalog.find(id).orElseThrow(() -> new NotFound("playbook", id
                + " in force: GET /api/playbooks lists them, and the files refused"));
    }
}
