package org.csirtbot.slack;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when a Slack setting is set to something other than blank. */
abstract class SettingPresent extends SpringBootCondition {

    private final String property;
    private final String variable;

    SettingPresent(String property, String variable) {
        this.property = property;
        this.variable = variable;
    }

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String value = context.getEnvironment().getProperty(property, "");
        return value.isBlank()
                ? ConditionOutcome.noMatch(property + " (" + variable + ") is not set")
                : ConditionOutcome.match(property + " is set");
    }
}

/** A signing secret is set, so HTTP requests from Slack can be verified. */
class HttpModeConfigured extends SettingPresent {
    HttpModeConfigured() {
        super("slack.signing-secret", "SLACK_SIGNING_SECRET");
    }
}

/** An app-level token is set: the bot connects over Socket Mode. */
class SocketModeConfigured extends SettingPresent {
    SocketModeConfigured() {
        super("slack.app-token", "SLACK_APP_TOKEN");
    }
}
