package org.csirtbot.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.mongodb.ConnectionString;
import com.mongodb.WriteConcern;

/** An operator's MONGODB_URI is completed with the database name and write concern majority, never overridden. */
class MongoConnectionTests {

    @Test
    void aBareHostGetsTheDatabaseAndMajorityWrites() {
        ConnectionString completed = MongoConnection.withDefaults("mongodb://h:27017", "csirtbot");

        assertThat(completed.getHosts()).containsExactly("h:27017");
        assertThat(completed.getDatabase()).isEqualTo("csirtbot");
        assertThat(completed.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
    }

    @Test
    void aTrailingSlashGetsTheDatabaseAndMajorityWrites() {
        ConnectionString completed = MongoConnection.withDefaults("mongodb://h:27017/", "csirtbot");

        assertThat(completed.getHosts()).containsExactly("h:27017");
        assertThat(completed.getDatabase()).isEqualTo("csirtbot");
        assertThat(completed.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
    }

    @Test
    void aReplicaSetKeepsItsOptionsAndGetsTheDatabaseAndMajorityWrites() {
        ConnectionString completed = MongoConnection.withDefaults("mongodb://h1,h2/?replicaSet=rs", "csirtbot");

        assertThat(completed.getHosts()).containsExactly("h1", "h2");
        assertThat(completed.getRequiredReplicaSetName()).isEqualTo("rs");
        assertThat(completed.getDatabase()).isEqualTo("csirtbot");
        assertThat(completed.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
    }

    @Test
    void theOperatorsDatabaseAndWriteConcernAreKept() {
        ConnectionString completed = MongoConnection.withDefaults("mongodb://h/db?w=1", "csirtbot");

        assertThat(completed.getDatabase()).isEqualTo("db");
        assertThat(completed.getWriteConcern()).isEqualTo(WriteConcern.W1);
    }

    @Test
    void anSrvAddressKeepsItsOptionsAndGetsTheDatabaseAndMajorityWrites() {
        ConnectionString completed = MongoConnection.withDefaults(
                "mongodb+srv://cluster.example.net/?retryWrites=true", "csirtbot");

        assertThat(completed.isSrvProtocol()).isTrue();
        assertThat(completed.getHosts()).containsExactly("cluster.example.net");
        assertThat(completed.getRetryWritesValue()).isTrue();
        assertThat(completed.getDatabase()).isEqualTo("csirtbot");
        assertThat(completed.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
    }

    @Test
    void credentialsAndAuthSourceAreKept() {
        ConnectionString completed = MongoConnection.withDefaults(
                "mongodb://bot:s%2Fcr%3Ft@h:27017/?authSource=admin", "csirtbot");

        assertThat(completed.getCredential().getUserName()).isEqualTo("bot");
        assertThat(completed.getCredential().getPassword()).isEqualTo("s/cr?t".toCharArray());
        assertThat(completed.getCredential().getSource()).isEqualTo("admin");
        assertThat(completed.getDatabase()).isEqualTo("csirtbot");
        assertThat(completed.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
    }

    @Test
    void anEmptyOptionListGetsTheDatabaseAndMajorityWrites() {
        ConnectionString completed = MongoConnection.withDefaults("mongodb://h:27017/?", "csirtbot");

        assertThat(completed.getDatabase()).isEqualTo("csirtbot");
        assertThat(completed.getWriteConcern()).isEqualTo(WriteConcern.MAJORITY);
    }

    @Test
    void aWriteTimeoutOrJournalWithoutWStillWaitsForMajority() {
        ConnectionString completed = MongoConnection.withDefaults(
                "mongodb://h/?wtimeoutMS=5000&journal=true", "csirtbot");

        assertThat(completed.getWriteConcern())
                .isEqualTo(WriteConcern.MAJORITY.withWTimeout(5000, TimeUnit.MILLISECONDS).withJournal(true));
    }
}
