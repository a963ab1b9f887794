package org.csirtbot.slack;

import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who the CSIRT is in Slack and where it works.
 *
 * @param triageChannel channel ID where reports land ({@code CSIRTBOT_TRIAGE_CHANNEL})
 * @param responders    user IDs and/or one user-group ID of CSIRT responders ({@code CSIRTBOT_RESPONDERS})
 * @param executives    user IDs of executives who approve executive decisions ({@code CSIRTBOT_EXECUTIVES})
 * @param locale        default language of the bot, {@code en} or {@code ja} ({@code CSIRTBOT_LOCALE})
 * @param execChannel   channel ID of the executives ({@code CSIRTBOT_EXEC_CHANNEL}); executive approvals are asked
 *                      there too, unless the incident is confidential
 */
@ConfigurationProperties("csirtbot")
public record CsirtbotProperties(
        String triageChannel,
        @DefaultValue List<String> responders,
        @DefaultValue List<String> executives,
        @DefaultValue("en") Locale locale,
        String execChannel) {
}
