package org.csirtbot.sandbox;

import java.util.Map;

import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;

/**
 * The settings the sandbox gives the bot, answered only while no other source sets a Slack token: a token set after
 * start-up has begun (as tests do from an initializer) turns the sandbox off with nothing left behind. Not
 * enumerable, so that Spring asks it each time instead of caching what it held once.
 */
final class SandboxSettings extends PropertySource<Map<String, Object>> {

    /** The source Spring Boot attaches in front of all others, so that it sees every source, this one too. */
    private static final String ATTACHED = "configurationProperties";
    private static final String[] TOKENS = {"slack.bot-token", "slack.app-token"};

    /** Not the source: Spring Boot would walk an environment given as a source as nested property sources. */
    private final ConfigurableEnvironment environment;

    SandboxSettings(String name, ConfigurableEnvironment environment, Map<String, Object> values) {
        super(name, Map.copyOf(values));
        this.environment = environment;
    }

    @Override
    public Object getProperty(String name) {
        return getSource().containsKey(name) && !aTokenIsSet(environment) ? getSource().get(name) : null;
    }

    /** Whether a source other than the sandbox's sets a Slack token (to something other than blank). */
    static boolean aTokenIsSet(ConfigurableEnvironment environment) {
        for (PropertySource<?> source : environment.getPropertySources()) {
            if (source instanceof SandboxSettings || ATTACHED.equals(source.getName())) { // the latter holds all others
                continue;
            }
            for (String token : TOKENS) {
                Object value = source.getProperty(token);
                if (value != null && !environment.resolvePlaceholders(value.toString()).isBlank()) {
                    return true;
                }
            }
        }
        return false;
    }
}
