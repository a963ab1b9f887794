package org.csirtbot.storage.improvements;

import org.csirtbot.storage.Counters;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Provides the improvement register's store; its documents are read by ID, status or incident, never many at once. */
@Configuration(proxyBeanMethods = false)
class ImprovementStorage {

    @Bean
    ImprovementStore improvementStore(MongoTemplate mongo, Counters counters) {
        return new ImprovementStore(mongo, counters);
    }
}
