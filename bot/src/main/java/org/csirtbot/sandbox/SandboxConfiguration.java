package org.csirtbot.sandbox;

import java.util.List;

import org.csirtbot.sandbox.workspace.SlackWorkspace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/** The sandbox's beans, made only while {@link SandboxMode} has it on: the workspace, its secret and its door. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = SandboxMode.ENABLED, havingValue = "true")
class SandboxConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SandboxConfiguration.class);

    /** The one workspace the bot talks to in sandbox mode, seeded with {@link SandboxPeople}, and its Web API. */
    @Bean
    static SandboxWebApiServer sandboxWebApiServer(ConfigurableEnvironment environment) {
        return new SandboxWebApiServer(environment);
    }

    /** Says where the sandbox is once the bot is up, as the log is where a newcomer looks first. */
    @EventListener(ApplicationReadyEvent.class)
    void tell(ApplicationReadyEvent ready) {
        String port = ready.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        log.info("Sandbox: no Slack tokens are set, so the bot talks to a built-in Slack workspace; its state is at "
                + "http://localhost:{}/sandbox/api/state", port);
    }

    @Bean
    SandboxSigningSecret sandboxSigningSecret(@Value("${slack.signing-secret}") String secret) {
        return new SandboxSigningSecret(secret);
    }

    /** The workspace as the browser client and the people acting in it see it. */
    @Bean
    SandboxWorkspaceView sandboxWorkspaceView(SlackWorkspace sandboxWorkspace, SandboxSigningSecret secret) {
        return new SandboxWorkspaceView(sandboxWorkspace, secret);
    }

    /** Every sandbox path answers only the clients {@code CSIRTBOT_SANDBOX_BIND} allows (this machine unless set). */
    @Bean
    FilterRegistrationBean<SandboxAccess> sandboxAccess(@Value("${csirtbot.sandbox.bind:}") String bind) {
        var registration = new FilterRegistrationBean<>(new SandboxAccess(SandboxAccess.allowed(bind)));
        registration.setUrlPatterns(List.of("/sandbox", "/sandbox/*"));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
