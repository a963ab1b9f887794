package org.csirtbot.storage.indicators;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Provides the indicator registry's store; its documents need no index beyond their ID. */
@Configuration(proxyBeanMethods = false)
class IndicatorStorage {

    @Bean
    IndicatorStore indicatorStore(MongoTemplate mongo) {
        return new IndicatorStore(mongo);
    }
}
