package org.csirtbot.storage.intake;

import org.csirtbot.storage.Counters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Provides the intake's store; its documents are read by key, ID or kind, a few at a time. */
@Configuration(proxyBeanMethods = false)
class IntakeStorage {

    @Bean
    IntakeStore intakeStore(MongoTemplate mongo, Counters counters) {
        return new IntakeStore(mongo, counters);
    }
}
