package org.csirtbot.incident.slack;

import org.springframework.modulith.NamedInterface;

/**
 * The room's pinned summary was posted or refreshed after a change of the incident: whatever else shows the incident
 * (the executive channel) follows. Published whether or not Slack took the refresh; listeners read the incident anew.
 */
@NamedInterface("room")
public record RoomSummaryRefreshed(String incidentId) {
}
