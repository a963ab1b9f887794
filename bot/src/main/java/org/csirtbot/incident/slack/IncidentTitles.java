package org.csirtbot.incident.slack;

import java.util.Locale;

import org.csirtbot.incident.Incident;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.Texts;
import org.springframework.modulith.NamedInterface;

/**
 * What an incident's title shows outside its room: a confidential or TLP AMBER+STRICT/RED incident (one with a
 * private room) is named by its ID only, so its title never reaches people outside the room.
 */
@NamedInterface("room")
@SlackComponent
public class IncidentTitles {

    private final Texts texts;

    IncidentTitles(Texts texts) {
        this.texts = texts;
    }

    /** The title as typed (escape it for mrkdwn), or a note that it is not shown. */
    public String outsideRoom(Locale locale, Incident incident) {
        return incident.needsPrivateRoom() ? texts.get(locale, "attach.restricted") : incident.title();
    }
}
