/**
 * The API for auditors and tools: incidents, their logs, reports and metrics as JSON, and the one write, setting or
 * releasing legal hold; the playbooks in force (YAML, CACAO 2.0) and a converter from CACAO that installs nothing;
 * all behind the bearer token {@code CSIRTBOT_API_TOKEN}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "incident", "playbook", "closing", "metrics", "retention", "exercise"})
package org.csirtbot.api;
