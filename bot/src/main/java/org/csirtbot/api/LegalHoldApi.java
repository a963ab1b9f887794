package org.csirtbot.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.csirtbot.incident.Incidents;
import org.csirtbot.retention.LegalHolds;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/incidents/{id}/legal-hold} with {@code {"hold": true|false, "reason": "…", "by": "…"}}: sets or
 * releases legal hold from outside Slack, since a closed incident's room may be archived and counsel may not be in
 * Slack. Behind the API token like the rest of the API; {@code by} names who asked and is the log entry's actor
 * ({@code api:<by>}). Answers the incident's retention and whether it changed; 400 for a missing field, 404 for an
 * unknown incident, 409 for one already purged.
 */
@RestController
@RequestMapping("/api")
class LegalHoldApi {

    static final int BY_MAX = 200;

    private final Incidents incidents;
    private final LegalHolds holds;

    LegalHoldApi(Incidents incidents, LegalHolds holds) {
        this.incidents = incidents;
        this.holds = holds;
    }

    /** The request body; a field left out is null. */
    record HoldRequest(Boolean hold, String reason, String by) {
    }

    @PostMapping("/incidents/{id}/legal-hold")
    ResponseEntity<Map<String, Object>> change(@PathVariable String id, @RequestBody(required = false) HoldRequest body) {
        String problem = problem(body);
        if (problem != null) {
            return ResponseEntity.badRequest().body(Map.of("error", problem));
        }
        if (incidents.find(id).isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "no incident " + id));
        }
        LegalHolds.HoldChange change = holds.change(id, body.hold(), body.reason().strip(), "api:" + body.by().strip());
        if (change.outcome() == LegalHolds.Outcome.PURGED) {
            return ResponseEntity.status(409).body(Map.of("error", id + " was purged under its retention rule "
                    + change.incident().retention().purgeRule() + "; there is nothing left to hold"));
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("changed", change.outcome() == LegalHolds.Outcome.CHANGED);
        answer.put("retention", change.incident().retention());
        return ResponseEntity.ok(answer);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("error",
                "the body must be JSON: {\"hold\": true|false, \"reason\": \"…\", \"by\": \"…\"}"));
    }

    private static String problem(HoldRequest body) {
        if (body == null || body.hold() == null) {
            return "hold (true or false) is required";
        }
        if (body.reason() == null || !LegalHolds.fits(body.reason().strip())) {
            return "a reason of 1 to " + LegalHolds.REASON_MAX + " characters is required";
        }
        if (body.by() == null || body.by().isBlank() || body.by().length() > BY_MAX) {
            return "by (who asks for this, 1 to " + BY_MAX + " characters) is required";
        }
        if (body.by().codePoints().anyMatch(Character::isISOControl)) {
            return "by must be one line without control characters: it names who asks, in the log and the report";
        }
        return null;
    }
}
