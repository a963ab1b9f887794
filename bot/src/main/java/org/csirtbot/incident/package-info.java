/**
 * Incidents: declaring one (once, however often the request arrives), opening its room through the
 * {@link org.csirtbot.incident.IncidentRooms} port, and its append-only log; who may do what
 * ({@link org.csirtbot.incident.Authorization}). Knows nothing of Slack.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"report", "storage"})
package org.csirtbot.incident;
