package org.csirtbot.slack;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the CSIRT is in Slack and where it works.
 *
 * @param triageChannel   channel ID where reports land ({@code CSIRTBOT_TRIAGE_CHANNEL})
 * @param execChannel     channel ID for executives: incident summaries, and alerts when an incident is raised to S1
 *                        or S2 ({@code CSIRTBOT_EXEC_CHANNEL}); unset or blank (null here), those alerts go only to
 *                        people directly
 * @param responders      user IDs and/or one user-group ID of CSIRT responders ({@code CSIRTBOT_RESPONDERS})
 * @param executives      user IDs of executives who approve executive decisions ({@code CSIRTBOT_EXECUTIVES})
 * @param locale          default language of the bot, {@code en} or {@code ja} ({@code CSIRTBOT_LOCALE})
 * @param captureReaction the reaction, by its Slack name such as {@code pushpin}, that anyone in an incident room
 *                        adds to a message to capture it into the incident's log ({@code CSIRTBOT_CAPTURE_REACTION})
 */
@ConfigurationProperties("csirtbot")
public record CsirtbotProperties(
        String triageChannel,
        String execChannel,
        @DefaultValue List<String> responders,
        @DefaultValue List<String> executives,
        @DefaultValue("en") Locale locale,
        @DefaultValue("pushpin") String captureReaction) {

    public CsirtbotProperties {
        execChannel = execChannel == null || execChannel.isBlank() ? null : execChannel.strip();
    }

    /** The capture reaction as Slack names it in events: without the colons people may write around it. */
    public String captureReactionName() {
        return emojiName(captureReaction);
    }

    /** A reaction as Slack names it in events ({@code :csirt:} written is {@code csirt}); empty for none. */
    public static String emojiName(String written) {
        String name = written == null ? "" : written.strip();
        return name.length() > 1 && name.startsWith(":") && name.endsWith(":")
                ? name.substring(1, name.length() - 1).strip() : name;
    }
}
