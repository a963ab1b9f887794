package org.csirtbot.incident;

import java.util.List;

/** Where an incident's room lives (Slack, in production). Each call performs one step of opening it. */
public interface IncidentRooms {

    /** Creates the room's channel, choosing a free name; returns its ID and name. */
    CreatedChannel createChannel(Incident incident);

    void invite(Incident incident, String channelId, List<String> userIds);

    /** Sets the topic and purpose of the room. */
    void describe(Incident incident, String channelId);

    /** Posts the incident summary and returns its message timestamp. */
    String postSummary(Incident incident, String channelId);

    void pin(Incident incident, String channelId, String messageTs);

    record CreatedChannel(String id, String name) {
    }
}
