package org.csirtbot.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.partners.PartnerFields;
import org.csirtbot.partners.Partners;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The directory of outside organisations: {@code GET /api/partners} lists every entry, {@code GET /api/partners/{id}}
 * shows one (scope {@code read}); {@code PUT /api/partners/{id}} saves the whole entry as its body gives it (scope
 * {@code partners}): a new organisation, or one of the starter list or the file filled in. The entry saved is stored,
 * so it survives restarts, and wins over the starter list and the file. Each entry shows where it comes from
 * ({@code origin}: starter, file or api), the contact fields still to fill in ({@code unfilled}), and who saved it last.
 * Bad input answers 400 with every problem, and nothing is saved.
 */
@RestController
@RequestMapping("/api")
class PartnersApi {

    private final Partners partners;

    PartnersApi(Partners partners) {
        this.partners = partners;
    }

    @GetMapping("/partners")
    List<Map<String, Object>> all() {
        return partners.all().stream().map(PartnerFields::write).toList();
    }

    @GetMapping("/partners/{id}")
    Map<String, Object> one(@PathVariable String id) {
        return partners.find(id).map(PartnerFields::write).orElseThrow(() -> new NotFound("organisation",
                id + " in the directory: GET /api/partners lists them, PUT /api/partners/" + id + " adds it"));
    }

    @PutMapping("/partners/{id}")
    ResponseEntity<Map<String, Object>> save(@PathVariable String id, @RequestBody(required = false) JsonNode body,
                                             @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        client.require(Scope.PARTNERS);
        Partners.Saved saved = partners.save(id, body, client.actor());
        if (!saved.problems().isEmpty()) {
            Map<String, Object> refused = new LinkedHashMap<>();
            refused.put("error", String.join("; ", saved.problems()));
            refused.put("problems", saved.problems());
            return ResponseEntity.badRequest().body(refused);
        }
        return ResponseEntity.status(saved.created() ? 201 : 200).body(PartnerFields.write(saved.partner()));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("error", "the body must be JSON: the entry's fields, as "
                + "GET /api/partners/{id} shows them"));
    }
}
