package org.csirtbot.api;

import java.util.LinkedHashMap;
import java.util.Map;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.csirtbot.retention.HoldReleases;
import org.csirtbot.retention.LegalHolds;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/incidents/{id}/legal-hold} with {@code {"hold": true|false, "reason": "…"}}, for a client with the
 * scope {@code legal-hold} (any incident, restricted ones too: counsel holds what it cannot read): sets legal hold, or
 * asks for its release, which a second person approves by asking too ({@link HoldReleases}: another client, or a
 * responder with {@code /incident release}), since a release lets the next purge delete the log. The log's actor is
 * the client ({@code api:<name>}); a {@code by} in the body is ignored, so no caller can name someone else. Answers
 * {@code changed}, {@code release} ({@code requested}, {@code approved}; releases only), {@code actor} and the
 * retention; 400 for a missing field, 403 without the scope, 404 for an unknown incident, 409 for one purged or a
 * release this client asked for already.
 */
@RestController
@RequestMapping("/api")
class LegalHoldApi {

    private final Incidents incidents;
    private final LegalHolds holds;
    private final HoldReleases releases;

    LegalHoldApi(Incidents incidents, LegalHolds holds, HoldReleases releases) {
        this.incidents = incidents;
        this.holds = holds;
        this.releases = releases;
    }

    /** The request body; a field left out is null. */
    record HoldRequest(Boolean hold, String reason) {
    }

    @PostMapping("/incidents/{id}/legal-hold")
    ResponseEntity<Map<String, Object>> change(@PathVariable String id, @RequestBody(required = false) HoldRequest body,
                                               @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        client.require(Scope.LEGAL_HOLD);
        String problem = problem(body);
        if (problem != null) {
            return ResponseEntity.badRequest().body(Map.of("error", problem));
        }
        if (incidents.find(id).isEmpty()) {
            return ResponseEntity.status(404).body(Map.of("error", "no incident " + id));
        }
        String reason = body.reason().strip();
        if (!body.hold()) {
            return release(releases.release(id, reason, client.actor()), client);
        }
        LegalHolds.HoldChange change = holds.change(id, true, reason, client.actor());
        if (change.outcome() == LegalHolds.Outcome.PURGED) {
            return purged(change.incident());
        }
        return answer(change.outcome() == LegalHolds.Outcome.CHANGED, null, client, change.incident());
    }

    private static ResponseEntity<Map<String, Object>> release(HoldReleases.Release release, ApiClient client) {
        return switch (release.step()) {
            case REQUESTED -> answer(false, "requested", client, release.incident());
            case RELEASED -> answer(true, "approved", client, release.incident());
            case NOT_HELD -> answer(false, null, client, release.incident());
            case PURGED -> purged(release.incident());
            case ASKED_BY_YOU -> ResponseEntity.status(409).body(Map.of("error", client.actor() + " asked to release "
                    + release.incident().id() + " already (log entry " + release.request().seq() + "); a release takes "
                    + "two: another API client with the scope legal-hold, or a responder in the room, approves it"));
        };
    }

    private static ResponseEntity<Map<String, Object>> answer(boolean changed, String release, ApiClient client,
                                                              Incident incident) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("changed", changed);
        if (release != null) {
            answer.put("release", release);
        }
        answer.put("actor", client.actor());
        answer.put("retention", incident.retention());
        return ResponseEntity.ok(answer);
    }

    private static ResponseEntity<Map<String, Object>> purged(Incident incident) {
        return ResponseEntity.status(409).body(Map.of("error", incident.id() + " was purged under its retention rule "
                + incident.retention().purgeRule() + "; there is nothing left to hold"));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("error",
                "the body must be JSON: {\"hold\": true|false, \"reason\": \"…\"}"));
    }

    private static String problem(HoldRequest body) {
        if (body == null || body.hold() == null) {
            return "hold (true or false) is required";
        }
        if (body.reason() == null || !LegalHolds.fits(body.reason().strip())) {
            return "a reason of 1 to " + LegalHolds.REASON_MAX + " characters is required";
        }
        return null;
    }
}
