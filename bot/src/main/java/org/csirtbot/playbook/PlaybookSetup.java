package org.csirtbot.playbook;

import org.csirtbot.playbooks.engine.Engine;
import org.csirtbot.playbooks.load.PlaybookLibrary;
import org.csirtbot.playbooks.time.BusinessCalendar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The library, the business calendar (Japan, plus the configured holidays) and the engine. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlaybookSetup {

    @Bean
    PlaybookLibrary playbookLibrary(PlaybookProperties properties) {
        return PlaybookLibrary.builtIn(properties.directory());
    }

    @Bean
    BusinessCalendar businessCalendar(PlaybookProperties properties) {
        return BusinessCalendar.japan(properties.holidays());
    }

    @Bean
    Engine playbookEngine(BusinessCalendar calendar) {
        return new Engine(calendar);
    }
}
