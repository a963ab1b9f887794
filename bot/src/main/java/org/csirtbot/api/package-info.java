/**
 * The API for auditors and tools: incidents, their logs, reports and metrics as JSON, and the writes, setting or
 * releasing legal hold and editing the directory of outside organisations; the playbooks in force (YAML, CACAO 2.0)
 * and a converter from CACAO that installs nothing; the indicator registry as STIX 2.1 bundles, and a partner's bundle
 * into it; each behind its clients' secrets and scopes (CSIRTBOT_API_TOKEN, csirtbot.api.clients).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "incident", "playbook", "closing", "metrics", "retention", "exercise", "partners", "indicators",
        "improvements", "intake", "policy", "links",
        "indicators :: stix"})
package org.csirtbot.api;
