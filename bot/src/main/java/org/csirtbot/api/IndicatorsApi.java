package org.csirtbot.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.incident.Incidents;
import org.csirtbot.incident.Tlp;
import org.csirtbot.indicators.Indicator;
import org.csirtbot.indicators.stix.InvalidBundle;
import org.csirtbot.indicators.stix.StixExport;
import org.csirtbot.indicators.stix.StixImport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The indicator registry as STIX 2.1 bundles: an incident's ({@code GET /api/incidents/{id}/iocs.stix.json}) or all
 * ({@code GET /api/iocs.stix.json}), up to the TLP asked for ({@code tlp-max}, default {@value #DEFAULT_TLP_MAX}: what
 * may go to a community of peers) and only of incidents the client may read ({@link StixExport}); and a partner's
 * bundle in ({@code POST /api/iocs.stix.json}, scope {@code indicators}), checked whole before anything is stored.
 */
@RestController
@RequestMapping("/api")
class IndicatorsApi {

    static final String DEFAULT_TLP_MAX = "green";
    /** A bundle of {@link StixImport#OBJECTS_MAX} indicators with their markings, with room to spare. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private final Incidents incidents;
    private final StixExport export;
    private final StixImport stixImport;
    private final ObjectMapper json = new ObjectMapper();

    IndicatorsApi(Incidents incidents, StixExport export, StixImport stixImport) {
        this.incidents = incidents;
        this.export = export;
        this.stixImport = stixImport;
    }

    @GetMapping("/incidents/{id}/iocs.stix.json")
    ResponseEntity<?> ofIncident(@PathVariable String id,
                                 @RequestParam(name = "tlp-max", defaultValue = DEFAULT_TLP_MAX) String tlpMax,
                                 @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        incidents.find(id).filter(client::sees).orElseThrow(() -> new NotFound("incident", id));
        return bundle(tlpMax, client, id);
    }

    @GetMapping("/iocs.stix.json")
    ResponseEntity<?> all(@RequestParam(name = "tlp-max", defaultValue = DEFAULT_TLP_MAX) String tlpMax,
                          @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        return bundle(tlpMax, client, null);
    }

    private ResponseEntity<?> bundle(String tlpMax, ApiClient client, String incidentId) {
        return Tlp.named(tlpMax).<ResponseEntity<?>>map(max -> ResponseEntity.ok(
                        export.bundle(new StixExport.Request(max, client::sees, incidentId))))
                .orElseGet(() -> badRequest("tlp-max " + tlpMax + " is not a TLP level: clear, green, amber, "
                        + "amber+strict (write %2B for the plus in a URL, or amber-strict) or red", List.of()));
    }

    @PostMapping("/iocs.stix.json")
    ResponseEntity<?> importBundle(InputStream body, @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client)
            throws IOException {
        client.require(Scope.INDICATORS);
        byte[] bytes = body.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            return refused(List.of("the body is larger than " + MAX_BYTES + " bytes; send the bundle in parts"));
        }
        JsonNode bundle;
        try {
            bundle = json.readTree(bytes);
        } catch (JacksonException notJson) {
            return refused(List.of("the body is not JSON: " + notJson.getOriginalMessage()));
        }
        StixImport.Outcome outcome;
        try {
            outcome = stixImport.importBundle(bundle, client.actor());
        } catch (InvalidBundle e) {
            return refused(e.problems());
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("imported", outcome.imported().size());
        answer.put("indicators", outcome.imported().stream().map(Indicator::summary).toList());
        answer.put("skipped", outcome.skipped());
        return ResponseEntity.ok(answer);
    }

    private static ResponseEntity<Map<String, Object>> refused(List<String> problems) {
        return badRequest("refused, nothing stored: " + String.join("; ", problems), problems);
    }

    private static ResponseEntity<Map<String, Object>> badRequest(String error, List<String> problems) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("error", error);
        if (!problems.isEmpty()) {
            answer.put("problems", problems);
        }
        return ResponseEntity.badRequest().body(answer);
    }
}
