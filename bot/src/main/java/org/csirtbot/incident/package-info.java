/**
 * Incidents: declaring one (once, however often the request arrives), its room, roles, severity, status, its
 * append-only log and its verification, and who may do what ({@link org.csirtbot.incident.Authorization}).
 * {@code slack}: the room (published as {@code incident :: room} to every feature that acts in it) and
 * {@code /incident role|severity|status|verify}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "report", "storage", "slack", "slack :: gateway"})
package org.csirtbot.incident;
