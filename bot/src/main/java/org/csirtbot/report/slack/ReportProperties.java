package org.csirtbot.report.slack;

import org.csirtbot.slack.CsirtbotProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Reporting from where it happens, in Slack.
 *
 * @param reaction the reaction, by its Slack name such as {@code csirt} (a custom emoji the workspace adds), that makes
 *                 the bot ask whoever adds it to a message, privately, whether to report that message
 *                 ({@code CSIRTBOT_REPORT_REACTION}; default {@code csirt}); blank: no reaction does
 */
@ConfigurationProperties("csirtbot.report")
record ReportProperties(@DefaultValue("csirt") String reaction) {

    /** The reaction as Slack names it in events, without colons; empty when reporting by reaction is off. */
    String reactionName() {
        return CsirtbotProperties.emojiName(reaction);
    }
}
