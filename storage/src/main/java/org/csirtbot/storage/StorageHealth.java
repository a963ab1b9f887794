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
    private final StoreIndexes indexes;

    StorageHealth(MongoTemplate mongo, StorageProperties properties, StoreIndexes indexes) {
        this.mongo = mongo;
        this.properties = properties;
        this.indexes = indexes;
    }

    /** DOWN (503) when the store does not answer; a thrown exception would make the endpoint answer 500. */
    @Override
    public Health health() {
        Health.Builder health;
        try {
            mongo.executeCommand("{ping: 1}");
            // unique indexes keep reports, declarations and the log's sequence from doubling: not ready without them
            health = indexes.ensure() ? Health.up() : Health.down().withDetail("indexes", "not created yet");
        } catch (RuntimeException e) {
            health = Health.down(e);
        }
        return health.withDetail("store", properties.embedded() ? "embedded" : "mongodb")
                .withDetail("database", mongo.getDb().getName())
                .build();
    }
}
