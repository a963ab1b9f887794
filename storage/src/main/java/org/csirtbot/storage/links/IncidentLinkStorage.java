package org.csirtbot.storage.links;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Provides the store of links between incidents; read by incident, a handful per incident. */
@Configuration(proxyBeanMethods = false)
class IncidentLinkStorage {

    @Bean
    IncidentLinkStore incidentLinkStore(MongoTemplate mongo) {
        return new IncidentLinkStore(mongo);
    }
}
