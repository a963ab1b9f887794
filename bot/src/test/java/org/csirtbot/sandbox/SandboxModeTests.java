package org.csirtbot.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/** When the sandbox is on: only while no Slack token is set anywhere, whenever the token is set. */
class SandboxModeTests {

    private final StandardEnvironment environment = new StandardEnvironment();

    @Test
    void withoutTokensTheBotTalksToTheSandboxWithASecretOfItsOwnAndTheSeededChannels() {
        given(Map.of(SandboxWebApiServer.PORT, "9090", "csirtbot.executives", "UBOSS0001"));

        new SandboxMode().postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(SandboxMode.ENABLED)).isEqualTo("true");
        assertThat(environment.getProperty("slack.bot-token")).isNotBlank();
        assertThat(environment.getProperty("slack.signing-secret")).hasSize(64);
        assertThat(environment.getProperty("slack.api-url")).isEqualTo("http://127.0.0.1:9090/sandbox/api/");
        assertThat(environment.getProperty("csirtbot.triage-channel")).isEqualTo(SandboxPeople.TRIAGE_CHANNEL);
        assertThat(environment.getProperty("csirtbot.responders")).isEqualTo("U0RESPOND1,U0RESPOND2,U0RESPOND3");
        assertThat(environment.getProperty("csirtbot.executives")).as("a setting given wins").isEqualTo("UBOSS0001");
    }

    @Test
    void eachStartHasANewSigningSecret() {
        new SandboxMode().postProcessEnvironment(environment, new SpringApplication());
        StandardEnvironment other = new StandardEnvironment();
        new SandboxMode().postProcessEnvironment(other, new SpringApplication());

        assertThat(environment.getProperty("slack.signing-secret")).isNotEqualTo(other.getProperty("slack.signing-secret"));
    }

    @Test
    void aBotTokenOrAnAppTokenKeepsTheSandboxOff() {
        for (String token : new String[] {"slack.bot-token", "slack.app-token"}) {
            StandardEnvironment configured = new StandardEnvironment();
            configured.getPropertySources().addFirst(new MapPropertySource("given", Map.of(token, "xoxb-real")));

            new SandboxMode().postProcessEnvironment(configured, new SpringApplication());

            assertThat(configured.getProperty(SandboxMode.ENABLED)).as(token).isNull();
            assertThat(configured.getProperty("csirtbot.triage-channel")).as(token).isNull();
        }
    }

    @Test
    void aTokenSetLaterTurnsTheSandboxOffWithNothingLeftBehind() {
        new SandboxMode().postProcessEnvironment(environment, new SpringApplication());

        given(Map.of("slack.bot-token", "xoxb-real", "slack.signing-secret", "real-secret")); // as an initializer does

        assertThat(environment.getProperty(SandboxMode.ENABLED)).isNull();
        assertThat(environment.getProperty("slack.signing-secret")).isEqualTo("real-secret");
        assertThat(environment.getProperty("slack.api-url")).isNull();
        assertThat(environment.getProperty("csirtbot.exec-channel")).isNull();
    }

    private void given(Map<String, Object> properties) {
        environment.getPropertySources().addFirst(new MapPropertySource("given-" + properties.keySet(), properties));
    }
}
