package org.csirtbot.bench.log;

import java.nio.file.Path;
import java.time.Clock;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;

/**
 * The bot's storage module alone in the harness's process (its stores, the embedded store on a data folder or the
 * MongoDB at a URI, as the bot configures them), so that the log benchmark appends through the bot's own code
 * ({@code IncidentLogStore}) and times each append without Slack or HTTP in the way.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@ComponentScan("org.csirtbot.storage")
class StorageInProcess {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** The stores on {@code dataDir}'s embedded store, or on {@code mongodbUri} when it is not null. */
    static ConfigurableApplicationContext open(Path dataDir, String mongodbUri) {
        return new SpringApplicationBuilder(StorageInProcess.class).web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .properties("csirtbot.storage.data-dir=" + dataDir.toAbsolutePath(),
                        "csirtbot.storage.mongodb-uri=" + (mongodbUri == null ? "" : mongodbUri),
                        "logging.level.root=WARN", "spring.jmx.enabled=false")
                .run();
    }
}
