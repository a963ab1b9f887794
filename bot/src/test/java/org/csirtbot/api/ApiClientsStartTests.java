package org.csirtbot.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** The API's clients as configured: a secret under 32 bytes, or a client that makes no sense, stops the start. */
class ApiClientsStartTests {

    private static final String GOOD = "0123456789abcdef0123456789abcdef";

    private final ApplicationContextRunner bot = new ApplicationContextRunner()
            .withUserConfiguration(Api.class)
            .withBean(Clock.class, Clock::systemUTC)
            .withBean(MeterRegistry.class, SimpleMeterRegistry::new);

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ApiProperties.class, ApiClientProperties.class})
    @Import(ApiTokenFilter.Registration.class)
    static class Api {
    }

    @Test
    void aTokenOrSecretShorterThan32BytesStopsTheStartWithTheReason() {
        refused("at least 32", "csirtbot.api-token=" + GOOD.substring(1));
        refused("at least 32", "csirtbot.api.clients[0].name=auditor", "csirtbot.api.clients[0].secret=short",
                "csirtbot.api.clients[0].scopes=read");
        bot.withPropertyValues("csirtbot.api-token=" + GOOD).run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void anUnknownScopeANameTakenTwiceOrASharedSecretStopsTheStart() {
        refused("unknown scope 'write'", "csirtbot.api.clients[0].name=auditor",
                "csirtbot.api.clients[0].secret=" + GOOD, "csirtbot.api.clients[0].scopes=read,write");
        refused("belong to the token's own client", "csirtbot.api-token=" + GOOD + "x",
                "csirtbot.api.clients[0].name=api", "csirtbot.api.clients[0].secret=" + GOOD,
                "csirtbot.api.clients[0].scopes=read:restricted");
        refused("its own", "csirtbot.api.clients[0].name=a", "csirtbot.api.clients[0].secret=" + GOOD,
                "csirtbot.api.clients[0].scopes=read", "csirtbot.api.clients[1].name=b",
                "csirtbot.api.clients[1].secret=" + GOOD, "csirtbot.api.clients[1].scopes=legal-hold");
        refused("letters, digits", "csirtbot.api.clients[0].name=Mallory <@U1>",
                "csirtbot.api.clients[0].secret=" + GOOD, "csirtbot.api.clients[0].scopes=read");
    }

    private void refused(String reason, String... properties) {
        bot.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).rootCause().hasMessageContaining(reason);
        });
    }
}
