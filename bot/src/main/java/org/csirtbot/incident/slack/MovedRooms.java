package org.csirtbot.incident.slack;

import java.util.ArrayList;
import java.util.List;

import org.csirtbot.incident.Incident;
import org.csirtbot.incident.IncidentRooms.CreatedChannel;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.csirtbot.slack.UserLocales;
import org.csirtbot.slack.gateway.SlackGateway;
import org.springframework.modulith.NamedInterface;

/**
 * The private room an incident moves to when it becomes restricted (confidential, TLP AMBER+STRICT or RED) while its
 * room is public: made as its first room was, named by its ID alone, but every effect keyed by the move ({@code moved-}),
 * so none is taken for the first room's and a move resumed after a crash makes one of each. Each step throws when Slack
 * does not do it, so the move stops there and is resumed.
 */
@NamedInterface("room")
@SlackComponent
public class MovedRooms {

    private final SlackGateway slack;
    private final RoomFurnishing furnishing;

    MovedRooms(SlackGateway slack, SummaryMessage summary, Texts texts, UserLocales locales) {
        this.slack = slack;
        this.furnishing = new RoomFurnishing(slack, summary, texts, locales.fallback(), "moved-");
    }

    /** Creates the private channel, under the incident's ID (numbered when that name is taken). */
    public CreatedChannel create(Incident incident) {
        return furnishing.createChannel(incident);
    }

    /** The people in a room now, the bot left out. */
    public List<String> members(String channelId) {
        List<String> members = new ArrayList<>(slack.members(channelId));
        members.remove(furnishing.botUserId());
        return members;
    }

    public void invite(Incident incident, String channelId, List<String> userIds) {
        furnishing.invite(incident, channelId, userIds);
    }

    /** Sets the topic and purpose, as in the incident's first room. */
    public void describe(Incident incident, String channelId) {
        furnishing.describe(incident, channelId);
    }

    /** Posts the incident's summary, as it is now; returns its timestamp. */
    public String postSummary(Incident incident, String channelId) {
        return furnishing.postSummary(incident, channelId);
    }

    public void pin(Incident incident, String channelId, String messageTs) {
        furnishing.pin(incident, channelId, messageTs);
    }
}
