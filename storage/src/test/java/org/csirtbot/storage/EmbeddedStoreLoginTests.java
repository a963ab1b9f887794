package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.csirtbot.storage.embedded.EmbeddedMongo;
import org.csirtbot.storage.embedded.EmbeddedLogin;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.mongodb.MongoCommandException;
import com.mongodb.MongoSecurityException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * Another local user cannot rewrite the log through the embedded store's port: without the password drawn at this
 * start (or with a wrong one) the real driver over TCP can neither read nor write; the bot's own connection can; and
 * the store's file is readable by its owner only.
 */
@StorageTest
class EmbeddedStoreLoginTests {

    @Autowired
    EmbeddedMongo.Holder embedded;
    @Autowired
    IncidentLogStore log;

    @Test
    void withoutThePasswordOfThisStartNothingCanBeReadOrWritten() {
        log.append("INC-LOGIN-1", "U_COMMANDER", "declared", Map.of("title", "Payroll leak"));
        String port = String.valueOf(embedded.mongo().port());

        try (MongoClient stranger = MongoClients.create("mongodb://127.0.0.1:" + port + "/?serverSelectionTimeoutMS=3000")) {
            var entries = stranger.getDatabase("csirtbot").getCollection("incident_log");
            assertThatThrownBy(() -> entries.find().first()).isInstanceOf(MongoCommandException.class)
                    .hasMessageContaining("Unauthorized");
            assertThatThrownBy(() -> entries.insertOne(new Document("incidentId", "INC-LOGIN-1").append("seq", 99)))
                    .isInstanceOf(MongoCommandException.class).hasMessageContaining("Unauthorized");
            assertThatThrownBy(() -> stranger.listDatabaseNames().first()).isInstanceOf(MongoCommandException.class);
        }
        String guessed = "mongodb://" + EmbeddedLogin.USER + ":guess@127.0.0.1:" + port + "/?serverSelectionTimeoutMS=3000&"
                + EmbeddedLogin.options();
        try (MongoClient guesser = MongoClients.create(guessed)) {
            assertThatThrownBy(() -> guesser.getDatabase("csirtbot").getCollection("incident_log").find().first())
                    .isInstanceOf(MongoSecurityException.class);
        }

        assertThat(log.entries("INC-LOGIN-1")).singleElement().satisfies(e -> assertThat(e.seq()).isEqualTo(1));
    }

    @Test
    void theStoresFileIsReadableByItsOwnerOnly() throws Exception {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(embedded.mongo().file())))
                    .isEqualTo("rw-------");
        }
    }
}
