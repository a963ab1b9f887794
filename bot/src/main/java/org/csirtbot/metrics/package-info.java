/**
 * Response times: when an incident was detected, reported, declared, contained and resolved, measured one way for the
 * post-incident report, retention and {@code /api/metrics}, and summarised across incidents.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"campaigns", "incident", "report", "storage"})
package org.csirtbot.metrics;
