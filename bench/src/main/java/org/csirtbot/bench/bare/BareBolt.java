package org.csirtbot.bench.bare;

import java.util.regex.Pattern;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoRepositoriesAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import com.slack.api.model.event.MessageEvent;

/**
 * The ack benchmark's floor: a Bolt for Java app that only acknowledges, in Spring Boot on the same embedded Tomcat as
 * the bot, with the same Bolt version, configured as the bot configures Bolt (one bot token, auth.test cached, message
 * subtypes acknowledged) but with Bolt's own signature check. It acknowledges {@code /report}, every click, every form
 * and message events at {@code /slack/events}; {@code GET /ready} answers once it takes requests. Run as its own
 * process: {@code SERVER_PORT}, {@code SLACK_SIGNING_SECRET}, {@code SLACK_BOT_TOKEN}, {@code SLACK_API_URL}.
 */
@SpringBootApplication(exclude = {MongoAutoConfiguration.class, MongoDataAutoConfiguration.class,
        MongoRepositoriesAutoConfiguration.class})
public class BareBolt {

    public static void main(String[] args) {
        SpringApplication.run(BareBolt.class, args);
    }

    @Bean
    App slackApp() {
        SlackConfig config = new SlackConfig();
        config.setMethodsEndpointUrlPrefix(System.getenv("SLACK_API_URL"));
        config.setStatsEnabled(false);
        App app = new App(AppConfig.builder()
                .slack(Slack.getInstance(config))
                .singleTeamBotToken(System.getenv("SLACK_BOT_TOKEN"))
                .signingSecret(System.getenv("SLACK_SIGNING_SECRET"))
                .subtypedMessageEventsAutoAckEnabled(true)
                .authTestCacheEnabled(true)
                .authTestCacheExpirationMillis(-1L)
                .build());
        app.command("/report", (req, ctx) -> ctx.ack());
        app.blockAction(Pattern.compile(".*"), (req, ctx) -> ctx.ack());
        app.viewSubmission(Pattern.compile(".*"), (req, ctx) -> ctx.ack());
        app.event(MessageEvent.class, (payload, ctx) -> ctx.ack());
        return app;
    }

    @Bean
    ServletRegistrationBean<SlackAppServlet> slackEvents(App app) {
        return new ServletRegistrationBean<>(new SlackAppServlet(app), "/slack/events");
    }

    @Bean
    ServletRegistrationBean<ReadyServlet> ready() {
        return new ServletRegistrationBean<>(new ReadyServlet(), "/ready");
    }
}
