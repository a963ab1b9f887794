package org.csirtbot.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.intake.Intake;
import org.csirtbot.intake.IntakeItem;
import org.csirtbot.intake.IntakeKind;
import org.csirtbot.report.Report;
import org.csirtbot.report.ReportIntake;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The web intake. {@code POST /api/intake} (scope {@code intake}) takes a notification or an advisory from the mail
 * gateway, web form or advisory feed: 400 with every problem (nothing stored), else 201 with its ID, or 200 with the
 * item stored first when the same sender posts the same reference again. {@code GET /api/intake} (scope {@code read})
 * lists them oldest first, optionally of one {@code kind}, with their status (an advisory's answer, a notification's
 * report's); subject, body and sender's contact only for a client with {@code read:restricted}.
 */
@RestController
@RequestMapping("/api")
class IntakeApi {

    private final Intake intake;
    private final ReportIntake reports;

    IntakeApi(Intake intake, ReportIntake reports) {
        this.intake = intake;
        this.reports = reports;
    }

    @PostMapping("/intake")
    ResponseEntity<Map<String, Object>> receive(@RequestBody(required = false) JsonNode body,
                                                @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        client.require(Scope.INTAKE);
        Intake.Received received = intake.receive(body, client.actor());
        if (!received.problems().isEmpty()) {
            Map<String, Object> refused = new LinkedHashMap<>();
            refused.put("error", String.join("; ", received.problems()));
            refused.put("problems", received.problems());
            return ResponseEntity.badRequest().body(refused);
        }
        return ResponseEntity.status(received.created() ? 201 : 200).body(write(received.item(), true));
    }

    @GetMapping("/intake")
    ResponseEntity<?> list(@RequestParam(required = false) String kind,
                           @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        Optional<IntakeKind> wanted = IntakeKind.fromCode(kind);
        if (kind != null && wanted.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "kind is notification or advisory; '" + kind
                    + "' is not"));
        }
        List<Map<String, Object>> items = intake.all(wanted.orElse(null)).stream()
                .map(i -> write(i, client.may(Scope.READ_RESTRICTED))).toList();
        return ResponseEntity.ok(items);
    }

    private Map<String, Object> write(IntakeItem i, boolean texts) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("kind", i.kind().code());
        out.put("from", i.from());
        out.put("partner", i.partnerId());
        out.put("verifiedNotifier", i.knownNotifier());
        out.put("reference", i.reference());
        out.put("url", i.url());
        out.put("tlp", i.tlp());
        out.put("receivedAt", i.receivedAt() == null ? null : i.receivedAt().toString());
        out.put("storedAt", i.storedAt() == null ? null : i.storedAt().toString());
        out.put("postedBy", i.client());
        if (texts) {
            out.put("fromContact", i.fromContact());
            out.put("subject", i.subject());
            out.put("body", i.body());
        }
        Optional<Report> report = Optional.ofNullable(i.reportId()).flatMap(reports::find);
        out.put("reportId", i.reportId());
        out.put("incidentId", report.map(Report::incidentId).orElse(null));
        out.put("status", i.status() != null ? i.status().code() : report.map(r -> r.status().code()).orElse(null));
        out.put("decidedBy", i.decidedBy());
        out.put("decidedAt", i.decidedAt() == null ? null : i.decidedAt().toString());
        out.put("reason", texts ? i.reason() : null);
        return out;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<Map<String, Object>> unreadable() {
        return ResponseEntity.badRequest().body(Map.of("error", "the body must be JSON: {kind, from, subject, body, "
                + "fromContact, receivedAt, reference, url, tlp}"));
    }
}
