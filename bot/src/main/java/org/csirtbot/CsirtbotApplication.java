package org.csirtbot;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/** csirtbot: an in-house CSIRT that lives in Slack. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CsirtbotApplication {

    public static void main(String[] args) {
        SpringApplication.run(CsirtbotApplication.class, args);
    }

    /** UTC everywhere, in milliseconds as MongoDB keeps them: log entries, identifiers, deadlines. */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofMillis(1));
    }
}
