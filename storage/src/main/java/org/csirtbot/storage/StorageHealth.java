package org.csirtbot.storage;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Health of the store with a plain {@code ping}, which both MongoDB and the embedded store answer
 * (Spring Boot's own check uses {@code hello}, which the embedded store does not know).
 */
@Component("mongoHealthContributor")
class StorageHealth implements HealthIndicator {

    private final MongoTemplate mongo;
    private final StorageProperties properties;

    StorageHealth(MongoTemplate mongo, StorageProperties properties) {
        this.mongo = mongo;
        this.properties = properties;
    }

    @Override
    public Health health() {
        mongo.executeCommand("{ping: 1}");
        return Health.up()
                .withDetail("store", properties.embedded() ? "embedded" : "mongodb")
                .withDetail("database", mongo.getDb().getName())
                .build();
    }
}
