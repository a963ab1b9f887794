package org.csirtbot.storage;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where incidents are kept.
 *
 * @param mongodbUri a MongoDB connection string ({@code MONGODB_URI}); blank starts the embedded store
 * @param dataDir    where the embedded store keeps its file ({@code CSIRTBOT_DATA_DIR})
 * @param database   database name used when the connection string names none
 */
@ConfigurationProperties("csirtbot.storage")
public record StorageProperties(
        String mongodbUri,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("csirtbot") String database) {

    boolean embedded() {
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
