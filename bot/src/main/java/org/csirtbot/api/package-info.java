/**
 * The API for auditors and tools: incidents, their logs, reports and metrics as JSON, and the one write, setting or
 * releasing legal hold; all behind the bearer token {@code CSIRTBOT_API_TOKEN}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"report", "incident"})
package org.csirtbot.api;
