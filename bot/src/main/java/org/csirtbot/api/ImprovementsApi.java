package org.csirtbot.api;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.csirtbot.improvements.Improvement;
import org.csirtbot.improvements.ImprovementStatus;
import org.csirtbot.improvements.Improvements;
import org.csirtbot.incident.Incident;
import org.csirtbot.incident.Incidents;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/improvements} (scope {@code read}): the improvement register, oldest first, optionally only the items
 * of one {@code status} ({@code open}, {@code in_progress}, {@code done}, {@code dropped}), {@code owner} (a Slack user
 * ID) or {@code incident}. Each item says whether it is {@code overdue} today (in {@code CSIRTBOT_TIME_ZONE}). An item
 * from a restricted incident (confidential, TLP AMBER+STRICT or RED, now or when the item was recorded) is listed only
 * for a client with {@code read:restricted}. Items outlive their incident: {@code incidentId} may name one purged.
 */
@RestController
@RequestMapping("/api")
class ImprovementsApi {

    private final Improvements improvements;
    private final Incidents incidents;

    ImprovementsApi(Improvements improvements, Incidents incidents) {
        this.improvements = improvements;
        this.incidents = incidents;
    }

    @GetMapping("/improvements")
    ResponseEntity<?> list(@RequestParam(required = false) String status, @RequestParam(required = false) String owner,
                           @RequestParam(required = false) String incident,
                           @RequestAttribute(ApiClient.ATTRIBUTE) ApiClient client) {
        Optional<ImprovementStatus> wanted = ImprovementStatus.of(status);
        if (status != null && wanted.isEmpty()) {
            return ResponseEntity.badRequest().body(Map.of("error", "status is one of open, in_progress, done, "
                    + "dropped; '" + status + "' is not"));
        }
        LocalDate today = improvements.today();
        List<Improvement> items = incident != null ? improvements.ofIncident(incident) : improvements.all();
        return ResponseEntity.ok(items.stream()
                .filter(i -> wanted.isEmpty() || i.status() == wanted.get())
                .filter(i -> owner == null || owner.equals(i.owner()))
                .filter(i -> client.may(Scope.READ_RESTRICTED) || !restricted(i))
                .map(i -> write(i, today)).toList());
    }

    private boolean restricted(Improvement item) {
        return item.restricted() || item.incidentId() != null
                && incidents.find(item.incidentId()).map(Incident::restricted).orElse(false);
    }

    private static Map<String, Object> write(Improvement i, LocalDate today) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", i.id());
        out.put("text", i.text());
        out.put("owner", i.owner());
        out.put("dueOn", i.dueOn() == null ? null : i.dueOn().toString());
        out.put("status", i.status().code());
        out.put("overdue", i.overdueOn(today));
        out.put("incidentId", i.incidentId());
        out.put("playbook", i.playbookId());
        out.put("playbookVersion", i.playbookVersion());
        out.put("exercise", i.exercise());
        out.put("createdBy", i.createdBy());
        out.put("createdAt", i.createdAt() == null ? null : i.createdAt().toString());
        out.put("changedBy", i.changedBy());
        out.put("changedAt", i.changedAt() == null ? null : i.changedAt().toString());
        out.put("note", i.note());
        return out;
    }
}
