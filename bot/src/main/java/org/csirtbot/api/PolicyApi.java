package org.csirtbot.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.csirtbot.policy.OrganisationPolicy;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation policy (scope {@code read}): {@code GET /api/policy} shows the decision authorities (who holds each,
 * deputies, title, source document, {@code never}), the log sources and the look-back in days;
 * {@code GET /api/log-sources} the log sources alone. Read-only: the policy is the organisation's file.
 */
@RestController
@RequestMapping("/api")
class PolicyApi {

    private final OrganisationPolicy policy;

    PolicyApi(OrganisationPolicy policy) {
        this.policy = policy;
    }

    @GetMapping("/policy")
    Map<String, Object> policy() {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("authorities", policy.authorities());
        shown.put("logSources", policy.logSources());
        shown.put("lookBackDays", policy.lookBack().toDays());
        return shown;
    }

    @GetMapping("/log-sources")
    List<?> logSources() {
        return policy.logSources();
    }
}
