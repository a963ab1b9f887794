package org.csirtbot.sandbox;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Turns the sandbox on when no Slack token is set (neither {@code SLACK_BOT_TOKEN} nor {@code SLACK_APP_TOKEN}), and
 * never when one is: the bot then talks to the built-in workspace ({@link SandboxWebApiServer}) with a sandbox token
 * and a signing secret made at start, and the triage and executive channels, responders and executives are the seeded ones
 * unless set. The bot's features see only ordinary settings.
 */
public class SandboxMode implements EnvironmentPostProcessor, Ordered {

    /** {@code true} while the sandbox is on; the sandbox's beans are conditional on it. */
    public static final String ENABLED = "csirtbot.sandbox.enabled";
    static final String BOT_TOKEN = "xoxb-sandbox";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (SandboxSettings.aTokenIsSet(environment)) {
            return;
        }
        Map<String, Object> sandbox = new LinkedHashMap<>();
        sandbox.put(ENABLED, "true");
        sandbox.put("slack.bot-token", BOT_TOKEN);
        sandbox.put("slack.signing-secret", newSecret());
        sandbox.put("slack.api-url", "http://127.0.0.1:${" + SandboxWebApiServer.PORT + "}" + SandboxWebApi.PATH);
        environment.getPropertySources().addFirst(new SandboxSettings("sandbox", environment, sandbox));
        Map<String, Object> seeded = new LinkedHashMap<>();
        seeded.put("csirtbot.triage-channel", SandboxPeople.TRIAGE_CHANNEL);
        seeded.put("csirtbot.exec-channel", SandboxPeople.EXEC_CHANNEL);
        seeded.put("csirtbot.responders", String.join(",", SandboxPeople.responders()));
        seeded.put("csirtbot.executives", String.join(",", SandboxPeople.executives()));
        environment.getPropertySources().addLast(new SandboxSettings("sandbox-workspace", environment, seeded));
    }

    /** After the configuration files and the environment are read, so that a token set in any of them counts. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    private static String newSecret() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }
}
