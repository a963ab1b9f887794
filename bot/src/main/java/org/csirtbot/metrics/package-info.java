/**
 * Response times: when an incident was detected, reported, declared, contained and resolved, measured one way for the
 * post-incident report, retention and {@code /api/metrics}, and summarised across incidents; reporter volume,
 * recurrence and improvements closed on time.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "campaigns", "improvements", "incident", "indicators", "report", "storage", "time"})
package org.csirtbot.metrics;
