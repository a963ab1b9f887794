package org.csirtbot.triage.slack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;

import org.csirtbot.slack.CsirtbotProperties;
import org.csirtbot.slack.SlackComponent;
import org.csirtbot.slack.gateway.SlackCallRejected;
import org.csirtbot.slack.gateway.SlackGateway;
import org.csirtbot.slack.gateway.SlackUnreachable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Warns at start when the triage or the executive channel is public: reports name who reported whom and what was
 * seen, and executive alerts name incidents, so everyone in the workspace could read them there.
 */
@SlackComponent
class ConfiguredChannelsCheck {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredChannelsCheck.class);

    private final SlackGateway slack;
    private final Map<String, String> channels;
    private final Executor work;

    ConfiguredChannelsCheck(SlackGateway slack, CsirtbotProperties properties, @Qualifier("slackWork") Executor work) {
        this.slack = slack;
        this.work = work;
        this.channels = new LinkedHashMap<>();
        put("CSIRTBOT_TRIAGE_CHANNEL", properties.triageChannel());
        put("CSIRTBOT_EXEC_CHANNEL", properties.execChannel());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        work.execute(this::check);
    }

    /** Logs a warning for each configured channel that Slack says is public; says when it cannot tell. */
    void check() {
        channels.forEach((variable, channel) -> {
            try {
                slack.isPrivate(channel).filter(isPrivate -> !isPrivate).ifPresent(isPublic -> log.warn(
                        "{} {} is a public channel: everyone in the workspace can read what the bot posts there. "
                                + "Make it private and invite the bot.", variable, channel));
            } catch (SlackCallRejected | SlackUnreachable e) {
                log.warn("Cannot tell whether {} {} is private: {}", variable, channel, e.getMessage());
            }
        });
    }

    private void put(String variable, String channel) {
        if (channel != null && !channel.isBlank()) {
            channels.put(variable, channel);
        }
    }
}
