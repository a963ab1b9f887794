package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.csirtbot.storage.embedded.EmbeddedMongo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.mongo.MongoConnectionDetails;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** With MONGODB_URI set, the bot uses the operator's MongoDB and starts no store of its own. */
class ExternalMongoTests {

    @TempDir
    Path tempDir;

    MongoServer operatorsMongo;
    String uri;

    @BeforeEach
    void startOperatorsMongo() {
        operatorsMongo = new MongoServer(new MemoryBackend());
        operatorsMongo.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + operatorsMongo.getLocalAddress().getPort();
    }

    @AfterEach
    void stopOperatorsMongo() {
        operatorsMongo.shutdown();
    }

    @Test
    void dataGoesToTheOperatorsMongoAndNoEmbeddedStoreIsStarted() {
        Path dataDir = tempDir.resolve("data");
        try (ConfigurableApplicationContext bot = start(uri, dataDir)) {
            assertThat(bot.getBean(EmbeddedMongo.Holder.class).mongo()).isNull();

            ReportDocument report = bot.getBean(ReportStore.class)
                    .insertOnce(ReportStoreTests.report("sub-1", "suspicious invoice"));
            bot.getBean(IncidentLogStore.class).append("INC-1", "U_COMMANDER", "declared", Map.of());

            try (MongoClient direct = MongoClients.create(uri)) {
                MongoDatabase db = direct.getDatabase("csirtbot");
                assertThat(db.getCollection("reports").find().into(new ArrayList<>()))
                        .singleElement()
                        .satisfies(stored -> assertThat(stored.get("_id")).hasToString(report.id()))
                        .satisfies(stored -> assertThat(stored.get("description")).isEqualTo("suspicious invoice"));
                assertThat(db.getCollection("incident_log").countDocuments(new Document("incidentId", "INC-1")))
                        .isEqualTo(1);
                assertThat(uniqueIndexKeys(db, "reports")).contains(new Document("submissionKey", 1));
                assertThat(uniqueIndexKeys(db, "incident_log"))
                        .contains(new Document("incidentId", 1).append("seq", 1));
            }
        }
        assertThat(dataDir).doesNotExist();
        assertThat(tempDir.resolve(EmbeddedMongo.FILE_NAME)).doesNotExist();
    }

    @Test
    void theOperatorsMongoIsWrittenWithMajorityToTheDefaultDatabase() {
        try (ConfigurableApplicationContext bot = start(uri, tempDir)) {
            var connection = bot.getBean(MongoConnectionDetails.class).getConnectionString();

            assertThat(connection.getHosts()).containsExactly(uri.substring("mongodb://".length()));
            assertThat(connection.getDatabase()).isEqualTo("csirtbot");
            assertThat(connection.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
        }
        assertThat(tempDir.resolve(EmbeddedMongo.FILE_NAME)).doesNotExist();
    }

    @Test
    void aBlankUriStartsTheEmbeddedStore() {
        try (ConfigurableApplicationContext bot = start("  ", tempDir)) {
            assertThat(bot.getBean(EmbeddedMongo.Holder.class).mongo()).isNotNull();
            bot.getBean(Counters.class).next("incident");
        }
        assertThat(tempDir.resolve(EmbeddedMongo.FILE_NAME)).isNotEmptyFile();
        try (MongoClient direct = MongoClients.create(uri)) {
            assertThat(direct.listDatabaseNames().into(new ArrayList<>())).doesNotContain("csirtbot");
        }
    }

    private static List<Document> uniqueIndexKeys(MongoDatabase db, String collection) {
        return db.getCollection(collection).listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> Boolean.TRUE.equals(index.get("unique")))
                .map(index -> (Document) index.get("key"))
                .toList();
    }

    private static ConfigurableApplicationContext start(String mongodbUri, Path dataDir) {
        return new SpringApplicationBuilder(StorageTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("csirtbot.storage.mongodb-uri=" + mongodbUri, "csirtbot.storage.data-dir=" + dataDir)
                .run();
    }
}
