/**
 * The read API for auditors and tools: incidents, their logs and reports as JSON, behind the bearer
 * token {@code CSIRTBOT_API_TOKEN}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"report", "incident"})
package org.csirtbot.api;
