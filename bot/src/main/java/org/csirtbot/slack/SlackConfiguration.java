package org.csirtbot.slack;

import org.csirtbot.slack.gateway.SlackGateway;
import java.time.Clock;
import java.util.List;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import org.csirtbot.slack.gateway.ChannelMarks;
import org.csirtbot.slack.gateway.SlackGatewayConfiguration;
import org.csirtbot.storage.OutboxStore;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.util.http.SlackHttpClient;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;

import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.ratelimiter.RateLimiterRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;

/** Wires Bolt: one {@link App} with every route, served over HTTP and/or Socket Mode. */
@Configuration(proxyBeanMethods = false)
@Conditional(SlackConfigured.class)
@EnableScheduling
class SlackConfiguration {

    static final String EVENTS_PATH = "/slack/events";
    /** Store writes that may wait for a thread; beyond them a write is refused at once. */
    static final int STORE_QUEUE = 500;

    @Bean
    Slack slack(SlackProperties properties) {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(properties.apiUrl());
        // Stats would call auth.test per token in the background; the gateway counts calls itself.
        config.setStatsEnabled(false);
        // past these Slack counts as not answering: the call is retried, and a slow Slack never holds a thread long
        config.setHttpClientReadTimeoutMillis((int) properties.timeout().toMillis());
        config.setHttpClientWriteTimeoutMillis((int) properties.timeout().toMillis());
        config.setHttpClientCallTimeoutMillis((int) properties.timeout().toMillis() + 1000);
        // OkHttp would silently resend a request whose connection broke, so Slack could act twice without
        // the gateway knowing; with that off, every unclear outcome reaches the gateway, which reconciles it
        var http = SlackHttpClient.buildOkHttpClient(config).newBuilder().retryOnConnectionFailure(false).build();
        return Slack.getInstance(config, new SlackHttpClient(http));
    }

    @Bean
    SlackGateway slackGateway(Slack slack, SlackProperties properties, OutboxStore outbox, RetryRegistry retries,
                              CircuitBreakerRegistry breakers, BulkheadRegistry bulkheads, RateLimiterRegistry limiters,
                              MeterRegistry meters, ObjectProvider<ChannelMarks> marks) {
        // looked up when a message is sent, so that whoever marks channels may itself use what needs the gateway
        ChannelMarks marksNow = channel -> marks.getIfAvailable(() -> ChannelMarks.NONE).of(channel);
        return SlackGatewayConfiguration.gateway(slack, properties.botToken(), outbox, retries, breakers, bulkheads,
                limiters, meters, marksNow);
    }

    @Bean
    App slackApp(Slack slack, SlackProperties properties, List<SlackRoute> routes, RepeatedDeliveries repeats) {
        AppConfig config = AppConfig.builder()
                .slack(slack)
                .singleTeamBotToken(properties.botToken())
                .signingSecret(properties.signingSecret())
                // SlackSignatureFilter checks signatures on the raw bytes, in constant time, both ways in time.
                .requestVerificationEnabled(false)
                // the bot hears every message of its channels (for the timeline); message subtypes it does not
                // handle (joins, thread broadcasts, bot posts…) are acknowledged, so Slack counts no failures
                .subtypedMessageEventsAutoAckEnabled(true)
                // Bolt checks the token with auth.test once, when the app is built at start-up; without the cache it
                // calls auth.test again inside every request, before the ack, and a slow Slack then makes every
                // request miss Slack's 3 seconds (SlowSlackIT). A revoked token still shows on the next Web API call.
                .authTestCacheEnabled(true)
                .authTestCacheExpirationMillis(-1L)
                .build();
        App app = new App(config);
        app.use(repeats);
        routes.forEach(route -> route.register(app));
        return app;
    }

    @Bean
    @Conditional(HttpModeConfigured.class)
    ServletRegistrationBean<SlackAppServlet> slackEventsServlet(App app) {
        return new ServletRegistrationBean<>(new SlackAppServlet(app), EVENTS_PATH);
    }

    @Bean
    @Conditional(HttpModeConfigured.class)
    FilterRegistrationBean<SlackSignatureFilter> slackSignatureFilter(SlackProperties properties, Clock clock) {
        var registration = new FilterRegistrationBean<>(new SlackSignatureFilter(properties.signingSecret(), clock));
        registration.addUrlPatterns(EVENTS_PATH);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Conditional(SocketModeConfigured.class)
    SocketModeConnection socketModeConnection(App app, SlackProperties properties) {
        return new SocketModeConnection(app, properties.appToken());
    }

    /**
     * Opening modals runs here, apart from other work: a modal's trigger expires three seconds after the
     * request, so it must never queue behind slow Slack calls.
     */
    @Bean
    ThreadPoolTaskExecutor slackViews() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("slack-views-");
        executor.setCorePoolSize(8);
        executor.setMaxPoolSize(16);
        executor.setQueueCapacity(200);
        return executor;
    }

    /**
     * Storing while Slack waits for the acknowledgement ({@link StoreWithinAck}); work that outlasts the budget goes
     * on here. Daemon threads, so a hung store never holds up shutdown. A bounded queue: when the store is so far
     * behind that it is full, people are told at once that it was not recorded rather than waiting in a line.
     */
    @Bean
    ThreadPoolTaskExecutor slackStore() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("slack-store-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(4);
        executor.setQueueCapacity(STORE_QUEUE);
        executor.setDaemon(true);
        return executor;
    }

    /** Slow work (Web API calls, storage) runs here, after Slack has been acknowledged. */
    @Bean
    ThreadPoolTaskExecutor slackWork() {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("slack-work-");
        executor.setCorePoolSize(4);
        executor.setMaxPoolSize(8);
        executor.setQueueCapacity(1000);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(20);
        return executor;
    }
}
